import { paragraphLabel } from '../../shared/protocol/numbering';
import type { ProtocolActionItem, ProtocolBlock, ProtocolDecision, StructuredProtocol } from '../../shared/protocol/types';

/** Blocks in order and what their decision and action-item blocks point into, by index. */
export interface BlocksView {
  blocks: ProtocolBlock[];
  decisions: ProtocolDecision[];
  actionItems: ProtocolActionItem[];
}

export interface ItemView extends BlocksView {
  kind: 'item';
  /** "§ 18" or "1." */
  label: string;
  title: string;
  presenter: string;
}

/** Content outside any paragraph (§), laid out like a § body but with no heading of its own. */
export interface LooseView extends BlocksView {
  kind: 'loose';
  /** A § comes before it, so the layout sets it off from that § body. */
  afterItem: boolean;
}

export type BodyPartView = ItemView | LooseView;

/** The body in document order: each § and, in its place, what stands outside them. */
export function bodyView(protocol: StructuredProtocol): BodyPartView[] {
  const { kind } = protocol.meeting;
  const body: BodyPartView[] = [];
  let next = 0;
  const looseUpTo = (itemsBefore: number) => {
    for (let run = protocol.loose[next]; run && run.itemsBefore <= itemsBefore; run = protocol.loose[++next]) {
      body.push({ kind: 'loose', afterItem: run.itemsBefore > 0, blocks: run.blocks ?? fallbackBlocks(run), decisions: run.decisions, actionItems: run.actionItems });
    }
  };
  protocol.items.forEach((item, index) => {
    looseUpTo(index);
    body.push({
      kind: 'item',
      label: paragraphLabel(kind, item.number),
      title: item.title,
      presenter: item.presenter,
      blocks: item.blocks ?? fallbackBlocks(item),
      decisions: item.decisions,
      actionItems: item.actionItems,
    });
  });
  // Whatever is left stands after the last § (or the counts disagree; it is shown rather than lost).
  looseUpTo(Number.POSITIVE_INFINITY);
  return body;
}

/** Blocks for a part read without them: its text as paragraphs, then decisions and action items. */
function fallbackBlocks(part: Pick<StructuredProtocol['items'][number], 'text' | 'decisions' | 'actionItems'>): ProtocolBlock[] {
  return [
    ...part.text.split(/\n{2,}/u).filter(Boolean).map((text): ProtocolBlock => ({ type: 'paragraph', inlines: [{ text }] })),
    ...part.decisions.map((_d, index): ProtocolBlock => ({ type: 'decision', index })),
    ...part.actionItems.map((_a, index): ProtocolBlock => ({ type: 'actionItem', index })),
  ];
}
