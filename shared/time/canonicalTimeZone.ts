// An IANA name only: Intl in newer engines also takes offsets such as "+01:00",
// which have no summer time and make no sense as an iCalendar TZID.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/u;

/** The IANA time zone as Intl spells it ("europe/stockholm" → "Europe/Stockholm"); null when it is none. */
export function canonicalTimeZone(name: string): string | null {
  if (!ZONE_NAME.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
