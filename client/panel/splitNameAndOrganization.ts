/**
 * "Anneli Alm, Tidaholm" as protocols write attendees: the name, and the
 * organisation after the first comma, so a list can be typed line by line.
 */
export function splitNameAndOrganization(text: string): { name: string; organization: string } {
  const comma = text.indexOf(',');
  if (comma < 0) return { name: text.trim(), organization: '' };
  return { name: text.slice(0, comma).trim(), organization: text.slice(comma + 1).trim() };
}
