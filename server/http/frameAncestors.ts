/**
 * The origins whose pages may show the app in a frame (CSP frame-ancestors),
 * in CSP source syntax such as `https://teams.microsoft.com`. None for now:
 * the app refuses to be framed. A Teams tab adds Teams' origins here, and
 * only here; the inline PDF export may always be framed by the app itself.
 */
export const FRAME_ANCESTORS: readonly string[] = [];
