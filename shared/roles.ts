/** Roles an invite can grant for one meeting. */
export const ROLES = ['secretary', 'participant', 'adjuster', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Type guard for values read from the database, a ticket or a URL. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether a role may change the document text (enforced by the server). */
export function canEditText(role: Role): boolean {
  return role !== 'viewer';
}
