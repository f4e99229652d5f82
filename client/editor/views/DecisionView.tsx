import { NodeViewContent, NodeViewWrapper } from '@tiptap/react';
import type { ReactNodeViewProps } from '@tiptap/react';
import { decisionCitation } from '../../../shared/protocol/numbering';
import { BoundInput } from '../../components/BoundInput';
import { useT } from '../../i18n/useT';
import { DecisionIcon } from '../../icons/DecisionIcon';
import { useMeetingData } from '../../meeting/useMeetingData';
import { useMeetingMeta } from '../../meeting/useMeetingMeta';
import { ordinalOf } from '../numbering/ordinalOf';
import { focusNodeContent } from './focusNodeContent';

/** A decision: set off from the prose, numbered within its paragraph, its att-clauses as a list. */
export function DecisionView({ node, decorations, editor, getPos, updateAttributes }: ReactNodeViewProps) {
  const t = useT();
  const meta = useMeetingMeta();
  const { editable } = useMeetingData();
  const ordinal = ordinalOf(decorations);
  const number = ordinal?.protocolOrdinal ?? 1;
  const citation = decisionCitation(meta.kind, meta.firstParagraph + (ordinal?.itemOrdinal ?? 1) - 1, number);
  const leadIn = String(node.attrs.leadIn ?? '');

  return (
    <NodeViewWrapper as="div" className="decision" data-testid="decision" data-citation={citation}>
      <div className="decision-head" contentEditable={false}>
        <span className="decision-label" title={citation}>
          <DecisionIcon />
          {t('decision.label', { number })}
        </span>
      </div>
      <div className="decision-lead-in" contentEditable={false}>
        {editable ? (
          <BoundInput
            className="decision-lead-in-input"
            value={leadIn}
            onCommit={(next) => updateAttributes({ leadIn: next })}
            onKeyDown={(event) => {
              const pos = getPos();
              if ((event.key === 'Enter' || event.key === 'ArrowDown') && pos !== undefined) {
                event.preventDefault();
                focusNodeContent(editor, pos);
              }
            }}
            aria-label={t('decision.leadIn')}
            data-testid="decision-lead-in"
          />
        ) : (
          <span>{leadIn}</span>
        )}
        <span aria-hidden="true">:</span>
      </div>
      <NodeViewContent className="decision-clauses" />
    </NodeViewWrapper>
  );
}
