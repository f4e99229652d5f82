export type ProviderStatus = 'connecting' | 'connected' | 'disconnected';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'closed';

export interface ConnectionFacts {
  status: ProviderStatus;
  /** Whether this page has had a live socket before; decides connecting vs reconnecting. */
  everConnected: boolean;
  /** navigator.onLine: the socket notices a dead network only after its watchdog fires. */
  online: boolean;
  /** Close code of a permanent close (the provider gave up), else null. */
  closedCode: number | null;
}

/** What the connection badge shows. */
export function deriveConnectionState(facts: ConnectionFacts): ConnectionState {
  if (facts.closedCode !== null) return 'closed';
  if (!facts.online) return 'offline';
  if (facts.status === 'connected') return 'connected';
  return facts.everConnected ? 'reconnecting' : 'connecting';
}
