import type { ApiErrorCode } from '../../shared/api/types';

/** A failed API call; `message` is the server's own explanation when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | 'network',
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
