/** Names of the shared types in a meeting's Y.Doc (wire contract). */
export const META_MAP = 'meta';
export const ATTENDEES_ARRAY = 'attendees';
export { BODY_FRAGMENT } from '../collab/constants';
