import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { deriveConnectionState } from './connectionState';
import type { ConnectionState, ProviderStatus } from './connectionState';

export interface ConnectionInfo {
  state: ConnectionState;
  closedCode: number | null;
  /** The server's close reason with closedCode ('' before a close). */
  closedReason: string;
}

export function useConnectionState(provider: WebsocketProvider): ConnectionInfo {
  const [status, setStatus] = useState<ProviderStatus>(() => currentStatus(provider));
  const [everConnected, setEverConnected] = useState(provider.wsconnected);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [closedCode, setClosedCode] = useState<number | null>(null);
  const [closedReason, setClosedReason] = useState('');

  useEffect(() => {
    const onStatus = ({ status }: { status: ProviderStatus }) => {
      setStatus(status);
      if (status === 'connected') setEverConnected(true);
    };
    const onClosed = ({ code, reason }: { code: number; reason: string }) => {
      setClosedReason(reason);
      setClosedCode(code);
    };
    provider.on('status', onStatus);
    provider.on('closed', onClosed);
    // A socket to a nearby server can open between the first render and this
    // effect; its 'connected' event is then gone, so read where it stands now.
    onStatus({ status: currentStatus(provider) });
    return () => {
      provider.off('status', onStatus);
      provider.off('closed', onClosed);
    };
  }, [provider]);

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    update();
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  return { state: deriveConnectionState({ status, everConnected, online, closedCode }), closedCode, closedReason };
}

function currentStatus(provider: WebsocketProvider): ProviderStatus {
  if (provider.wsconnected) return 'connected';
  return provider.wsconnecting ? 'connecting' : 'disconnected';
}
