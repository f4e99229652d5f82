const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 as the API and the Y.Doc write it; `new Date` alone also reads "1" as the year 2001. */
const ISO = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?)?$/;

/** An ISO instant or date as the value of <input type="datetime-local"> in local time; '' when unreadable. */
export function toLocalDateTimeInput(iso: string): string {
  if (!ISO.test(iso)) return '';
  const date = new Date(/^\d{4}-\d\d-\d\d$/.test(iso) ? `${iso}T00:00` : iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value of <input type="datetime-local"> as an unambiguous ISO instant; '' when empty or unreadable. */
export function fromLocalDateTimeInput(value: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}
