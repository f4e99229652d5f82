import { toWallTime } from '../../shared/time/toWallTime';
import { wallTimeIn } from '../../shared/time/wallTimeIn';
import { installationTimeZone } from '../time/installationTimeZone';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/u;

/**
 * "11 februari 2022" (with `weekday`: "fredag 11 februari 2022"; with a time
 * part: "… kl. 08.30") from an ISO date or local date-time as the secretary
 * typed it: the wall-clock values are shown, never shifted by a time zone.
 * An instant with an offset or Z ("2022-02-11T08:00:00Z") is first read as the
 * wall time in `timeZone` (the installation's zone by default): "kl. 09.00".
 * Text that is not an ISO date is returned as it is.
 */
export function formatSwedishDate(iso: string, options: { weekday?: boolean; timeZone?: string } = {}): string {
  const text = toWallTime(iso.trim(), options.timeZone ?? installationTimeZone());
  const match = LOCAL.exec(text);
  if (!match) return text;
  const [, y, m, d, hh, mm] = match;
  const month = MONTHS[Number(m) - 1];
  if (!month) return text;
  const date = `${Number(d)} ${month} ${y}`;
  const weekday = options.weekday ? `${WEEKDAYS[new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).getUTCDay()]} ` : '';
  return `${weekday}${date}${hh !== undefined ? ` kl. ${hh}.${mm}` : ''}`;
}

/**
 * The calendar date (YYYY-MM-DD) of an instant in the installation's zone
 * (Europe/Stockholm unless TIME_ZONE says otherwise; the name is older than the setting).
 */
export function stockholmDate(instant: string, timeZone: string = installationTimeZone()): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return wallTimeIn(date.getTime(), timeZone).slice(0, 10);
}

/** An ISO date `days` calendar days later. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return date.toISOString().slice(0, 10);
}
