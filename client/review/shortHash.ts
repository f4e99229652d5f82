/** The first characters of a hex digest: enough to compare by eye, short enough for a banner. */
export function shortHash(hex: string, length = 12): string {
  return hex.length <= length ? hex : `${hex.slice(0, length)}…`;
}
