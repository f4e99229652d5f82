import { parseInstant } from './parseInstant';
import { wallTimeIn } from './wallTimeIn';

/**
 * A meeting time as the wall time ("YYYY-MM-DDTHH:mm") in `timeZone` when it
 * is an instant with an offset or Z ("2022-02-11T08:00:00Z" → "2022-02-11T09:00"
 * in Europe/Stockholm); a local date-time, a date or free text is returned unchanged.
 */
export function toWallTime(value: string, timeZone: string): string {
  const instant = parseInstant(value);
  return instant === null ? value : wallTimeIn(instant, timeZone);
}
