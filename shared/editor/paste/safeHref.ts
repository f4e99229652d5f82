// The schemes of ALLOWED_LINK_PROTOCOLS in ../extensions.ts (not imported from there,
// since that module registers this extension; a test keeps the two in step).
const ALLOWED = /^(?:https?:|mailto:)/iu;

/** The link target if it is http, https or mailto; null otherwise (the text stays, unlinked). */
export function safeHref(href: string | null): string | null {
  const trimmed = href?.trim() ?? '';
  return ALLOWED.test(trimmed) ? trimmed : null;
}
