import type { z } from 'zod';

/** A validation failure as one line naming each bad field. */
export function zodMessage(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
}
