import { paragraphLabel } from '../../../shared/protocol/numbering';
import type { StructuredProtocol } from '../../../shared/protocol/types';
import { dueText } from '../protocolView';
import { csvCell } from './csvCell';

const HEADER = ['Paragraf', 'Rubrik', 'Ansvarig', 'Uppdrag', 'Klart', 'Status'];

/** The action items as CSV: UTF-8 with a BOM (so Excel reads åäö), CRLF line ends, formulas neutralised. */
export function actionItemsCsv(protocol: StructuredProtocol): string {
  const rows = protocol.items.flatMap((item) =>
    item.actionItems.map((action) => [
      paragraphLabel(protocol.meeting.kind, item.number),
      item.title,
      action.assignee,
      action.task,
      dueText(action.due),
      action.status === 'done' ? 'klar' : 'öppen',
    ]),
  );
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
