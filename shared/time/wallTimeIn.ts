const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // h23: some engines write midnight as "24" with hour12: false.
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The wall time ("YYYY-MM-DDTHH:mm") a clock in `timeZone` shows at the moment `epochMs`; throws RangeError for an unknown zone. */
export function wallTimeIn(epochMs: number, timeZone: string): string {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(epochMs).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
