import { NodeViewContent, NodeViewWrapper } from '@tiptap/react';
import type { ReactNodeViewProps } from '@tiptap/react';
import { decisionCitation } from '../../../shared/protocol/numbering';
import { useT } from '../../i18n/useT';
import { DecisionIcon } from '../../icons/DecisionIcon';
import { useMeetingMeta } from '../../meeting/useMeetingMeta';
import { ordinalOf } from '../numbering/ordinalOf';

/**
 * A decision: set off from the prose, numbered within its paragraph; its
 * lead-in and att-clauses are the node's own shared text, in one list.
 */
export function DecisionView({ decorations }: ReactNodeViewProps) {
  const t = useT();
  const meta = useMeetingMeta();
  const ordinal = ordinalOf(decorations);
  const number = ordinal?.protocolOrdinal ?? 1;
  const citation = decisionCitation(meta.kind, meta.firstParagraph + (ordinal?.itemOrdinal ?? 1) - 1, number);

  return (
    <NodeViewWrapper as="div" className="decision" data-testid="decision" data-citation={citation}>
      <div className="decision-head" contentEditable={false}>
        <span className="decision-label" title={citation}>
          <DecisionIcon />
          {t('decision.label', { number })}
        </span>
      </div>
      <NodeViewContent className="decision-clauses" />
    </NodeViewWrapper>
  );
}
