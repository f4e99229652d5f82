import type { StructuredProtocol } from '../../../shared/protocol/types';
import { bodyView } from '../bodyView';
import { dueText } from '../protocolView';
import { csvCell } from './csvCell';

const HEADER = ['Paragraf', 'Rubrik', 'Ansvarig', 'Uppdrag', 'Klart', 'Status'];
/** The Rubrik of an action item that stands outside any § (the schema puts them inside; a forged client may not). */
const OUTSIDE_ITEMS = '(utanför §)';

/** The action items in document order as CSV: UTF-8 with a BOM (so Excel reads åäö), CRLF line ends, formulas neutralised. */
export function actionItemsCsv(protocol: StructuredProtocol): string {
  const rows = bodyView(protocol).flatMap((part) =>
    part.actionItems.map((action) => [
      part.kind === 'item' ? part.label : '',
      part.kind === 'item' ? part.title : OUTSIDE_ITEMS,
      action.assignee,
      action.task,
      dueText(action.due),
      action.status === 'done' ? 'klar' : 'öppen',
    ]),
  );
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
