import { describe, expect, it } from 'vitest';
import { PendingLogins } from './pendingLogins';

const LOGIN = { state: 's', nonce: 'n', codeVerifier: 'v', returnPath: '/m/1' };

describe('pending logins', () => {
  it('hands a login out once, by its id', () => {
    const pending = new PendingLogins(1000);
    const id = pending.add(LOGIN, 0);
    expect(pending.take('other', 10)).toBeNull();
    expect(pending.take(undefined, 10)).toBeNull();
    expect(pending.take(id, 10)).toEqual(LOGIN);
    expect(pending.take(id, 10)).toBeNull();
  });

  it('forgets a login after its time to live', () => {
    const pending = new PendingLogins(1000);
    const late = pending.add(LOGIN, 0);
    expect(pending.take(late, 1000)).toBeNull();
    const swept = pending.add(LOGIN, 0);
    pending.add(LOGIN, 2000);
    expect(pending.take(swept, 500)).toBeNull();
  });
});
