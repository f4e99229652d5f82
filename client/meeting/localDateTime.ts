import { parseWallTime, type WallTime } from '../../shared/time/parseWallTime';
import { toWallTime } from '../../shared/time/toWallTime';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A meeting time as the value of <input type="datetime-local">: a wall time
 * as it is, a date at midnight, an instant (from before times were kept as
 * wall time) as the wall time in the installation's `timeZone`; '' when unreadable.
 */
export function toLocalDateTimeInput(value: string, timeZone: string): string {
  const wall = parseWallTime(toWallTime(value.trim(), timeZone));
  return wall ? inputValue(wall) : '';
}

/**
 * The value of <input type="datetime-local"> as the meeting time to store:
 * the wall time as picked ("2025-03-10T08:30"), never shifted by the
 * browser's zone; '' when empty or unreadable.
 */
export function fromLocalDateTimeInput(value: string): string {
  const wall = parseWallTime(value);
  return wall?.time ? inputValue(wall) : '';
}

function inputValue({ year, month, day, time }: WallTime): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}T${pad(time?.hour ?? 0)}:${pad(time?.minute ?? 0)}`;
}
