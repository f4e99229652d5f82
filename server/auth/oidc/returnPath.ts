/**
 * Where to land after the login: only a path on this site, so the login
 * cannot be used to send someone on to another site with our blessing.
 * Anything else (absolute URLs, `//host`, `/\host`, control characters) is `/`.
 */
export function safeReturnPath(raw: string | undefined): string {
  if (raw === undefined || raw.length > 2000) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  // Browsers drop tabs and newlines and read a backslash as a slash, which could turn /x into //host.
  if ([...raw].some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f' || char === '\\')) return '/';
  const resolved = new URL(raw, 'http://protokoll.invalid');
  return resolved.origin === 'http://protokoll.invalid' ? `${resolved.pathname}${resolved.search}${resolved.hash}` : '/';
}
