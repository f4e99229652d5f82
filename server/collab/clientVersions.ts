import { PROTOCOL_VERSION } from '../../shared/collab/protocolVersion';

/** The protocol versions of pages this server serves (see shared/collab/protocolVersion.ts). */
export interface ClientVersions {
  min: number;
  max: number;
}

/** A server serves the version it was built with; CLIENT_VERSIONS widens or moves that for a deploy. */
export const OWN_VERSION: ClientVersions = { min: PROTOCOL_VERSION, max: PROTOCOL_VERSION };

/**
 * Why a page of version `raw` (as sent; null when it sent none) is not
 * served, or null when it is. A caller that sends no version (a stock
 * y-websocket client, an integration) is served: it speaks the documented
 * contract, not one build of our page.
 */
export function versionProblem(raw: string | null | undefined, served: ClientVersions): string | null {
  if (raw === null || raw === undefined) return null;
  const version = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isNaN(version)) return `the page's version "${raw.slice(0, 12)}" is not a number; reload the page`;
  if (version >= served.min && version <= served.max) return null;
  const range = served.min === served.max ? `${served.min}` : `${served.min}–${served.max}`;
  const newer = version > served.max ? 'a newer' : 'an older';
  return `the page is ${newer} version (${version}) than this server serves (${range}); reload the page`;
}
