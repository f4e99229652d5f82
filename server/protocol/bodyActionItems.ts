import type { BodyActionItem } from '../../shared/api/types';
import type { ActionStatus } from '../../shared/protocol/types';
import type { MeetingRow, MeetingStore } from '../meetings/meetingStore';
import type { ProtocolReader } from './protocolReader';
import type { ProtocolRowStore } from './protocolRowStore';

export interface ActionItemFilter {
  status: ActionStatus | 'all';
  /** Part of the assignee field, any case ("jonny" finds "Mari-Louise Brage, Jonny Palmkvist"). */
  assignee?: string | undefined;
}

/**
 * The action items across the meetings of a body, oldest meeting first:
 * the stored rows, except for meetings being edited right now, whose open
 * room is read instead so an item ticked off a moment ago is not listed as
 * open.
 */
export class BodyActionItems {
  constructor(
    private readonly meetings: MeetingStore,
    private readonly rows: ProtocolRowStore,
    private readonly protocols: ProtocolReader,
  ) {}

  list(bodyId: string, filter: ActionItemFilter): BodyActionItem[] {
    const stored = new Map<string, BodyActionItem[]>();
    for (const row of this.rows.actionItemsOfBody(bodyId)) {
      const list = stored.get(row.meetingId) ?? [];
      list.push(row);
      stored.set(row.meetingId, list);
    }
    const needle = filter.assignee?.trim().toLocaleLowerCase('sv');
    return this.meetings
      .findByBody(bodyId)
      .flatMap((meeting) => this.liveItems(meeting) ?? stored.get(meeting.id) ?? [])
      .filter((item) => (filter.status === 'all' || item.status === filter.status) && (!needle || item.assignee.toLocaleLowerCase('sv').includes(needle)));
  }

  private liveItems(meeting: MeetingRow): BodyActionItem[] | null {
    const protocol = this.protocols.readLive(meeting.id);
    if (!protocol) return null;
    return protocol.items.flatMap((item) =>
      item.actionItems.map((action) => ({
        meetingId: meeting.id,
        meetingTitle: meeting.title,
        startsAt: protocol.meeting.startsAt,
        itemNumber: item.number,
        ...action,
      })),
    );
  }
}
