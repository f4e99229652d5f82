import { describe, expect, it } from 'vitest';
import { deriveConnectionState } from './connectionState';
import type { ConnectionFacts } from './connectionState';

const base: ConnectionFacts = { status: 'connecting', everConnected: false, online: true, closedCode: null };

describe('deriveConnectionState', () => {
  it('is connecting before the first socket opened', () => {
    expect(deriveConnectionState(base)).toBe('connecting');
  });

  it('is connected while the socket is open', () => {
    expect(deriveConnectionState({ ...base, status: 'connected', everConnected: true })).toBe('connected');
  });

  it('is reconnecting after a connection dropped', () => {
    expect(deriveConnectionState({ ...base, status: 'disconnected', everConnected: true })).toBe('reconnecting');
    expect(deriveConnectionState({ ...base, status: 'connecting', everConnected: true })).toBe('reconnecting');
  });

  it('is offline when the browser has no network, even before the socket notices', () => {
    expect(deriveConnectionState({ ...base, status: 'connected', everConnected: true, online: false })).toBe('offline');
  });

  it('is closed once the server closed permanently', () => {
    expect(deriveConnectionState({ ...base, online: false, closedCode: 4401 })).toBe('closed');
  });
});
