import type { MeetingState } from '../../shared/meetingKind';
import { useT } from '../i18n/useT';

export function ReviewStateBadge({ state }: { state: MeetingState }) {
  const t = useT();
  return (
    <span className={`pill review-state state-${state}`} data-testid="review-state" data-state={state}>
      {t(`state.${state}`)}
    </span>
  );
}
