import type { Logger } from '../logger';
import { sha256Hex } from '../adjustment/sha256Hex';
import type { Seal } from './seal';
import { sealPdf } from './sealPdf';
import type { SealedFile, SealedPdfStore } from './sealedPdfStore';

/** Which sealed file: the adjusted protocol with so many corrections in its addendum. */
export interface SealedPdfKey {
  meetingId: string;
  corrections: number;
  /** The signature's time: the lock's, or the last correction's; fixed, so the file is the same whenever it is first rendered. */
  signedAt: Date;
}

/**
 * The adjusted protocol's PDF/A signed with the organisation's seal. Each
 * state (as adjusted, then after each correction) is rendered and sealed
 * once, stored, and served byte for byte from then on: what a registrar
 * downloads today is the file that was archived. Concurrent first requests
 * share one rendering.
 */
export class SealedProtocolPdf {
  private readonly pending = new Map<string, Promise<SealedFile>>();

  constructor(
    /** The seal, opened when first needed (a test seal is made only then). */
    private readonly seal: () => Seal,
    private readonly store: SealedPdfStore,
    private readonly log: Logger,
    /** Told each newly sealed file, e.g. so POST /api/verify knows its hash before anyone downloads it. */
    private readonly onSealed: (meetingId: string, sha256: string) => void = () => undefined,
  ) {}

  /** `render` gives the unsigned PDF/A and the meeting it names; it runs only when this state has no sealed file yet. */
  get(key: SealedPdfKey, render: () => Promise<SealedFile>): Promise<SealedFile> {
    const stored = this.store.find(key.meetingId, key.corrections);
    if (stored) return Promise.resolve(stored);
    const id = `${key.meetingId}\n${key.corrections}`;
    const running = this.pending.get(id);
    if (running) return running;
    const made = this.make(key, render).finally(() => this.pending.delete(id));
    this.pending.set(id, made);
    return made;
  }

  /** Resolves once every sealing under way has ended (stored or failed): before the database closes. */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.pending.values()]);
  }

  private async make(key: SealedPdfKey, render: () => Promise<SealedFile>): Promise<SealedFile> {
    const { bytes, meeting } = await render();
    const seal = this.seal();
    const signed = await sealPdf(Buffer.from(bytes), seal, {
      reason: key.corrections === 0 ? 'Justerat protokoll' : `Justerat protokoll med ${key.corrections} rättelse${key.corrections === 1 ? '' : 'r'}`,
      name: meeting.body?.trim() || meeting.title,
      signingTime: key.signedAt,
    });
    const stored = this.store.insertOnce(key.meetingId, key.corrections, { bytes: signed, meeting }, sha256Hex(signed));
    this.onSealed(key.meetingId, sha256Hex(stored.bytes));
    this.log.info('sealed the adjusted protocol', { meetingId: key.meetingId, corrections: key.corrections, bytes: stored.bytes.byteLength, testSeal: seal.isTestSeal });
    return stored;
  }
}
