import { NodeViewContent, NodeViewWrapper } from '@tiptap/react';
import type { ReactNodeViewProps } from '@tiptap/react';
import { decisionLeadInOf } from '../../../shared/editor/nodes/headingText';
import { decisionCitation } from '../../../shared/protocol/numbering';
import { useT } from '../../i18n/useT';
import { DecisionIcon } from '../../icons/DecisionIcon';
import { useMeetingMeta } from '../../meeting/useMeetingMeta';
import { ordinalOf } from '../numbering/ordinalOf';

/**
 * A decision: set off from the prose, numbered within its paragraph; its
 * lead-in and att-clauses are the node's own shared text, in one list.
 */
export function DecisionView({ node, decorations }: ReactNodeViewProps) {
  const t = useT();
  const meta = useMeetingMeta();
  const ordinal = ordinalOf(decorations);
  const number = ordinal?.protocolOrdinal ?? 1;
  const citation = decisionCitation(meta.kind, meta.firstParagraph + (ordinal?.itemOrdinal ?? 1) - 1, number);
  // A protocol locked before lead-ins were shared text keeps it as an attribute: shown, never edited.
  const storedAsAttribute = node.firstChild?.type.name !== 'decisionLeadIn';

  return (
    <NodeViewWrapper as="div" className="decision" data-testid="decision" data-citation={citation}>
      <div className="decision-head" contentEditable={false}>
        <span className="decision-label" title={citation}>
          <DecisionIcon />
          {t('decision.label', { number })}
        </span>
      </div>
      {storedAsAttribute && (
        <p className="decision-lead-in is-static" contentEditable={false}>
          {decisionLeadInOf(node)}
        </p>
      )}
      <NodeViewContent className="decision-clauses" />
    </NodeViewWrapper>
  );
}
