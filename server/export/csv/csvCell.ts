/**
 * One CSV field: a value a spreadsheet would run as a formula (starting with
 * = + - @, tab or CR) gets a leading apostrophe, then RFC 4180 quoting
 * (quotes doubled; quoted when it holds a comma, semicolon, quote or line break).
 */
export function csvCell(value: string): string {
  const neutral = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",;\r\n]/u.test(neutral) ? `"${neutral.replace(/"/gu, '""')}"` : neutral;
}
