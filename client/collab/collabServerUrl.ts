import { COLLAB_PATH } from '../../shared/collab/constants';

/**
 * The WebSocket base the provider appends the meeting id to. Same origin as
 * the page, so the session cookie authenticates the socket.
 */
export function collabServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${COLLAB_PATH}`;
}
