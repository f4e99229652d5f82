/**
 * The REST rate limits off, for servers of tests and benchmarks that are not
 * about them: one test process creates more meetings and tickets from one
 * address in a minute than any person would. The limits have their own tests.
 */
export const NO_RATE_LIMITS: Record<string, string> = {
  RATE_LIMIT_MEETINGS_PER_MIN: '0',
  RATE_LIMIT_TICKETS_PER_MIN: '0',
  RATE_LIMIT_VERIFY_PER_MIN: '0',
  RATE_LIMIT_EXPORTS_PER_MIN: '0',
};
