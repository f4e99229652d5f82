const asText = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.join(', ');
  return JSON.stringify(value);
};

/** An audit entry's details on one line ("reason: …; required: Anna Ek, Bo Lind"); other nested values as JSON. */
export function formatAuditDetail(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${key}: ${asText(value)}`)
    .join('; ');
}
