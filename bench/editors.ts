import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../shared/collab/constants';
import type { RoomAccess } from './servers';

/** One simulated participant: its own doc, a stock provider, and the paragraph it types into. */
export interface Editor {
  readonly index: number;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  text: Y.XmlText | null;
}

// ws implements the browser WebSocket API the provider expects, but its
// TypeScript class differs in details (event types, extra members), so it is
// cast once here; the provider only uses the standard surface.
const WebSocketPolyfill = WebSocket as unknown as typeof globalThis.WebSocket;

const COLOURS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#46f0f0'] as const;

/** A set of editors in one room, with what went wrong on their connections. */
export class EditorGroup {
  /** Closes seen after an editor had synced: a healthy run has none. */
  readonly unexpectedCloses: string[] = [];
  private closing = false;

  private constructor(readonly editors: readonly Editor[]) {}

  /**
   * Connects `count` stock WebsocketProviders and resolves once every one has
   * synced. disableBc is essential: all editors share this process, and over
   * BroadcastChannel they would sync with each other, bypassing the server.
   */
  static async connect(access: RoomAccess, count: number, timeoutMs: number): Promise<EditorGroup> {
    // Each provider adds a process 'exit' listener; 50 of them are expected here, not a leak.
    process.setMaxListeners(Math.max(process.getMaxListeners(), count + 10));
    const editors: Editor[] = [];
    for (let index = 0; index < count; index++) {
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(access.serverUrl, access.roomName, doc, {
        params: access.params,
        WebSocketPolyfill,
        disableBc: true,
      });
      // Presence as a real client publishes it once on joining; carets are left out (see docs).
      provider.awareness.setLocalStateField('user', {
        name: `Editor ${index + 1}`,
        color: COLOURS[index % COLOURS.length],
      });
      editors.push({ index, doc, provider, text: null });
    }
    const group = new EditorGroup(editors);
    const failures: string[] = [];
    for (const { index, provider } of editors) {
      provider.on('connection-close', (event) => {
        const what = `editor ${index + 1}: socket closed (code ${event?.code ?? 'local'}, reason "${event?.reason ?? ''}")`;
        if (group.closing) return;
        if (provider.synced) group.unexpectedCloses.push(what);
        else failures.push(what);
      });
      provider.on('connection-error', () => {
        if (!group.closing) failures.push(`editor ${index + 1}: connection error`);
      });
    }
    const synced = await waitFor(() => editors.every((e) => e.provider.synced), editors, timeoutMs);
    if (!synced) {
      const ready = editors.filter((e) => e.provider.synced).length;
      group.destroy();
      throw new Error(
        `only ${ready} of ${count} editors synced within ${timeoutMs} ms` +
          (failures.length > 0 ? `; ${[...new Set(failures)].slice(0, 5).join('; ')}` : ''),
      );
    }
    return group;
  }

  /**
   * Editor 1 appends one paragraph per editor to the TipTap body, as the
   * Collaboration extension stores it (XmlElement 'paragraph' > XmlText), and
   * every editor then owns the paragraph at its index. Separate paragraphs
   * keep the document realistic: people write in different places.
   */
  async createParagraphs(timeoutMs: number): Promise<void> {
    const first = this.editors[0];
    if (first === undefined) throw new Error('no editors');
    const fragment = first.doc.getXmlFragment(BODY_FRAGMENT);
    // Whatever the server seeded the meeting with stays in front.
    const base = fragment.length;
    first.doc.transact(() => {
      fragment.insert(
        base,
        this.editors.map((e) => {
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [new Y.XmlText(`Editor ${e.index + 1}: `)]);
          return paragraph;
        }),
      );
    });
    const target = Y.getState(first.doc.store, first.doc.clientID);
    const arrived = await waitFor(
      () => this.editors.every((e) => Y.getState(e.doc.store, first.doc.clientID) >= target),
      this.editors,
      timeoutMs,
    );
    if (!arrived) throw new Error(`the editors' paragraphs did not reach every peer within ${timeoutMs} ms`);
    for (const editor of this.editors) {
      const paragraph = editor.doc.getXmlFragment(BODY_FRAGMENT).get(base + editor.index);
      const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined;
      if (!(text instanceof Y.XmlText)) {
        throw new Error(`editor ${editor.index + 1} finds no text at body[${base + editor.index}]`);
      }
      editor.text = text;
    }
  }

  destroy(): void {
    this.closing = true;
    for (const { provider, doc } of this.editors) {
      provider.destroy();
      doc.destroy();
    }
  }
}

/**
 * Resolves true as soon as `done()` holds, re-checking on every status, sync
 * and document change of the editors (no polling), or false after timeoutMs.
 */
function waitFor(done: () => boolean, editors: readonly Editor[], timeoutMs: number): Promise<boolean> {
  if (done()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const offs: Array<() => void> = [];
    const finish = (result: boolean): void => {
      clearTimeout(timer);
      for (const off of offs) off();
      resolve(result);
    };
    const check = (): void => {
      if (done()) finish(true);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    for (const { provider, doc } of editors) {
      provider.on('sync', check);
      doc.on('afterTransaction', check);
      offs.push(() => {
        provider.off('sync', check);
        doc.off('afterTransaction', check);
      });
    }
  });
}
