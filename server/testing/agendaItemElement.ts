import type * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import { buildMeetingDoc } from '../../shared/protocol/buildMeetingDoc';
import { agendaItemJson, docJson, paragraphJson } from '../../shared/protocol/nodeJson';

/** A paragraph (§) as the editor writes it into the shared body, ready to insert into a client's document. */
export function agendaItemElement(title: string, text: string): Y.XmlElement {
  const scratch = buildMeetingDoc({ body: docJson(agendaItemJson(title, [paragraphJson(text)])) });
  const element = scratch.getXmlFragment(BODY_FRAGMENT).get(0) as Y.XmlElement;
  const copy = element.clone();
  scratch.destroy();
  return copy;
}
