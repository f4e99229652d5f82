import type { CreateMeetingRequest } from '../../shared/api/types';
import type { MeetingKind } from '../../shared/meetingKind';
import { fromLocalDateTimeInput } from '../meeting/localDateTime';

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
 * date-time the user picked sent as the wall time it is ("2025-03-10T08:30"):
 * a meeting is held at that time in the installation's zone, wherever the browser is.
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
  const startsAt = fromLocalDateTimeInput(fields.startsAt);
  if (startsAt) request.startsAt = startsAt;
  return request;
}
