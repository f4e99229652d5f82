import type { RefusalReason } from '../../shared/adjustment/refusalReasons';
import type { ApiErrorCode } from '../../shared/api/types';

/** A failed API call; `message` is the server's own explanation when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | 'network',
    message: string,
    /** Why a workflow step was refused, when the server said so; the UI words it in its language. */
    readonly reason?: RefusalReason,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
