/** Path prefix of the collaboration WebSocket: ws://host/collab/<meetingId>. */
export const COLLAB_PATH = '/collab';
/** Name of the Y.XmlFragment that holds the TipTap body. */
export const BODY_FRAGMENT = 'default';
/** Cookie that carries a browser session for one meeting. */
export function sessionCookieName(meetingId: string): string {
  return `pk_${meetingId}`;
}
