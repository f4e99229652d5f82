// The whole text: an ISO date, or a local date-time whose seconds (if any) are ignored.
const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?)?$/u;

/** A calendar day and, for a date-time, the clock time on it, with no zone attached. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  time: { hour: number; minute: number } | null;
}

/**
 * An ISO date ("2022-02-11") or local date-time ("2022-02-11T09:00") read as
 * wall time; null for anything else, an impossible date, or an instant with
 * an offset (convert that with toWallTime first).
 */
export function parseWallTime(text: string): WallTime | null {
  const match = WALL.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (match[4] === undefined || match[5] === undefined) return { year, month, day, time: null };
  const [hour, minute] = [Number(match[4]), Number(match[5])];
  return hour > 23 || minute > 59 ? null : { year, month, day, time: { hour, minute } };
}
