const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/u;

/**
 * "11 februari 2022" (with `weekday`: "fredag 11 februari 2022"; with a time
 * part: "… kl. 08.30") from an ISO date or local date-time as the secretary
 * typed it: the wall-clock values are shown, never shifted by a time zone.
 * Text that is not an ISO date is returned as it is.
 */
export function formatSwedishDate(iso: string, options: { weekday?: boolean } = {}): string {
  const match = LOCAL.exec(iso.trim());
  if (!match) return iso.trim();
  const [, y, m, d, hh, mm] = match;
  const month = MONTHS[Number(m) - 1];
  if (!month) return iso.trim();
  const date = `${Number(d)} ${month} ${y}`;
  const weekday = options.weekday ? `${WEEKDAYS[new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay()]} ` : '';
  return `${weekday}${date}${hh !== undefined ? ` kl. ${hh}.${mm}` : ''}`;
}

/** The Swedish calendar date (YYYY-MM-DD) of an instant, in Europe/Stockholm. */
export function stockholmDate(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** An ISO date `days` calendar days later. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return date.toISOString().slice(0, 10);
}
