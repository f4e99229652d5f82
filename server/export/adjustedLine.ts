import type { ApprovalRecord, Verification } from '../../shared/adjustment/types';
import { formatSwedishDate } from './swedishDate';

/**
 * One approval as the protocol prints it: when, by whom, and how the
 * server knew it was them — "Justerat digitalt 14 februari 2022 kl. 09.02
 * av Zophia Zander Norell, Tibro (verifierad med personlig inbjudan till
 * zophia@tibro.se)". A registrar reading the archived PDF needs the method,
 * not only the name: a name alone is what anyone could have typed.
 */
export function adjustedLine(approval: ApprovalRecord): string {
  const who = approval.organization ? `${approval.name}, ${approval.organization}` : approval.name;
  return `Justerat digitalt ${formatSwedishDate(approval.at)} av ${who}${verificationText(approval.verification)}`;
}

function verificationText(verification: Verification | null): string {
  // Approvals recorded before approvers had to be verified say nothing rather than claim a method.
  if (!verification) return '';
  const { method, email } = verification;
  if (method === 'oidc') return ` (inloggad med organisationskonto${email ? ` ${email}` : ''})`;
  return ` (verifierad med personlig inbjudan${email ? ` till ${email}` : ''})`;
}
