import type { CreateMeetingRequest } from '../../shared/api/types';
import type { MeetingKind } from '../../shared/meetingKind';

/** The create form as typed: every field a string, `startsAt` from <input type="datetime-local">. */
export interface CreateMeetingFields {
  title: string;
  kind: MeetingKind;
  /** Start from the kind's standard items (Mötets öppnande … Mötets avslutande) rather than an empty page. */
  standardItems: boolean;
  body: string;
  startsAt: string;
  place: string;
}

export const EMPTY_FIELDS: CreateMeetingFields = { title: '', kind: 'protocol', standardItems: true, body: '', startsAt: '', place: '' };

/**
 * The request body: trimmed, optional fields left out when blank, and the
 * local date-time the user picked sent as an unambiguous UTC instant.
 */
export function toCreateMeetingRequest(fields: CreateMeetingFields): CreateMeetingRequest {
  const request: CreateMeetingRequest = {
    title: fields.title.trim(),
    kind: fields.kind,
    template: fields.standardItems ? fields.kind : 'empty',
  };
  const body = fields.body.trim();
  const place = fields.place.trim();
  if (body) request.body = body;
  if (place) request.place = place;
  if (fields.startsAt) {
    const startsAt = new Date(fields.startsAt);
    if (!Number.isNaN(startsAt.getTime())) request.startsAt = startsAt.toISOString();
  }
  return request;
}
