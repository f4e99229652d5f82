/** Fired on window after pushState, which (unlike back/forward) fires no popstate. */
export const NAVIGATE_EVENT = 'protokoll:navigate';

export function navigate(path: string): void {
  if (path === window.location.pathname) return;
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}
