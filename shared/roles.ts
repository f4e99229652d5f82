/** Roles an invite can grant for one meeting. */
export const ROLES = ['secretary', 'chair', 'adjuster', 'participant', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Type guard for values read from the database, a ticket or a URL. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
