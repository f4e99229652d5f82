import { may } from '../../shared/adjustment/permissions';
import type { MeetingState } from '../../shared/meetingKind';
import type { Role } from '../../shared/roles';

/** What the remark UI offers; the server checks the same matrix on every call. */
export interface RemarkAbilities {
  /** Start a thread on selected text, and reply. */
  comment: boolean;
  /** Mark a thread resolved, or reopen it. */
  resolve: boolean;
}

/** The remark actions open to `role` in `state`; none once the protocol is adjusted, so it reads as a record. */
export function remarkAbilities(role: Role, state: MeetingState): RemarkAbilities {
  return { comment: may(role, state, 'comment'), resolve: may(role, state, 'resolveRemark') };
}
