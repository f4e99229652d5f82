import type { Remark } from '../../shared/adjustment/types';

/** A remark that opened a thread, with the replies to it in the order they were written. */
export interface RemarkThread {
  root: Remark;
  replies: Remark[];
}
