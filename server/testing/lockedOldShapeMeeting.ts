import * as Y from 'yjs';
import type { CreateMeetingResponse } from '../../shared/api/types';
import { BODY_FRAGMENT } from '../../shared/collab/constants';
import { bringTo } from './adjustmentFlow';
import { waitForDoc, type TestServer } from './testServer';

/** What the old-shape protocol holds, as a reader expects to see it. */
export const OLD_SHAPE_TEXT = {
  title: 'Budget 2027',
  presenter: 'Ove Ek',
  body: 'Förslaget presenteras.',
  leadIn: 'Nämnden beslutar att',
  clause: 'godkänna budgeten',
} as const;

/**
 * A protocol locked before titles, presenters and lead-ins became text of the
 * document (they were attributes then), as a server of that time stored it.
 * A socket held open keeps the room loaded, so today's server does not
 * convert the shape on the way to the lock. The room is unloaded afterwards.
 */
export async function lockedOldShapeMeeting(t: TestServer): Promise<CreateMeetingResponse> {
  const meeting = await t.createMeeting();
  const holder = await t.connect(meeting.id, meeting.invites.secretary.token);
  const body = holder.doc.getXmlFragment(BODY_FRAGMENT);
  holder.doc.transact(() => {
    body.delete(0, body.length);
    const item = new Y.XmlElement('agendaItem');
    item.setAttribute('title', OLD_SHAPE_TEXT.title);
    item.setAttribute('presenter', OLD_SHAPE_TEXT.presenter);
    const line = new Y.XmlElement('paragraph');
    line.insert(0, [new Y.XmlText(OLD_SHAPE_TEXT.body)]);
    const decision = new Y.XmlElement('decision');
    decision.setAttribute('leadIn', OLD_SHAPE_TEXT.leadIn);
    const clause = new Y.XmlElement('decisionClause');
    clause.insert(0, [new Y.XmlText(OLD_SHAPE_TEXT.clause)]);
    decision.insert(0, [clause]);
    item.insert(0, [line, decision]);
    body.insert(0, [item]);
  });
  const echo = await t.connect(meeting.id, meeting.invites.viewer.token);
  await waitForDoc(echo.doc, (doc) => doc.getXmlFragment(BODY_FRAGMENT).toJSON().includes(OLD_SHAPE_TEXT.clause));
  await bringTo(t, meeting, 'adjusted');
  holder.destroy();
  echo.destroy();
  return meeting;
}
