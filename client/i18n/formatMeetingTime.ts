import { parseWallTime } from '../../shared/time/parseWallTime';
import { toWallTime } from '../../shared/time/toWallTime';
import { LOCALES, type Language } from './languages';

// Swedish writes the clock as the protocol does, "kl. 09.00"; Intl's sv-SE writes "09:00".
const CLOCK_SEPARATOR: Record<Language, string | null> = { sv: '.', en: null };

/**
 * When a meeting starts, as the exports print it: a wall time shows its own
 * digits in any browser's zone, an instant (from before times were kept as
 * wall time) the wall time in the installation's `timeZone`, a date no time.
 * Free text ("10 mars") is returned as it is.
 */
export function formatMeetingTime(value: string, language: Language, timeZone: string): string {
  const wall = parseWallTime(toWallTime(value.trim(), timeZone));
  if (!wall) return value;
  const { year, month, day, time } = wall;
  // Formatted in UTC from the digits themselves, so neither the browser's zone nor a summer-time gap can move them.
  const format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', ...(time ? { timeStyle: 'short' } : {}), timeZone: 'UTC' });
  const parts = format.formatToParts(Date.UTC(year, month - 1, day, time?.hour ?? 0, time?.minute ?? 0));
  const separator = CLOCK_SEPARATOR[language];
  return parts
    .map((part, index) => (separator && part.type === 'literal' && parts[index - 1]?.type === 'hour' && parts[index + 1]?.type === 'minute' ? separator : part.value))
    .join('');
}
