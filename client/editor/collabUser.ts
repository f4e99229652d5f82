/** What peers see of this user: the caret label and presence entry. */
export interface CollabUser {
  name: string;
  color: string;
}
