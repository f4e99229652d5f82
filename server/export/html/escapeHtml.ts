/** Text (or an attribute value) with the five characters HTML acts on escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}
