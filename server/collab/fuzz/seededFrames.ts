import * as encoding from 'lib0/encoding';
import * as prng from 'lib0/prng';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../shared/collab/constants';
import { MESSAGE_AWARENESS, MESSAGE_SYNC, SYNC_STEP_2, SYNC_UPDATE } from '../../../shared/collab/messageTypes';

/**
 * Valid frames as real clients send them: a few simulated editors make
 * random edits to the protocol body (elements, text, attributes, deletions)
 * and a plain text, each edit as its update frame, plus the handshake
 * frames (sync step 1 and 2) and awareness states. The fuzzer mutates them.
 */
export class SeededFrames {
  private readonly editors: { doc: Y.Doc; awareness: awarenessProtocol.Awareness }[] = [];
  private readonly pending: Uint8Array[] = [];
  /** Editors whose document threw while applying a peer's update: replaced before the next frame. */
  private readonly broken = new Set<{ doc: Y.Doc; awareness: awarenessProtocol.Awareness }>();

  constructor(
    private readonly gen: prng.PRNG,
    editors = 3,
  ) {
    for (let index = 0; index < editors; index++) this.addEditor();
  }

  /** Drops the editors; destroying a doc stops its awareness's timer, which would keep both alive. */
  destroy(): void {
    for (const editor of this.editors) editor.doc.destroy();
    this.editors.length = 0;
  }

  /** The next valid frame, of a random kind. */
  next(): Uint8Array {
    const frame = this.nextFrame();
    this.lastCarriedUpdate = carriesUpdate(frame);
    return frame;
  }

  /**
   * Whether the last frame carried document content (an update or a sync
   * step 2): only when such a frame is refused do the editors hold content
   * the server lacks, and need to start again from the server's state.
   */
  lastCarriedUpdate = false;

  private nextFrame(): Uint8Array {
    if (this.broken.size > 0) {
      const replaced = this.broken.size;
      for (const editor of this.broken) {
        editor.doc.destroy();
        const index = this.editors.indexOf(editor);
        if (index >= 0) this.editors.splice(index, 1);
      }
      this.broken.clear();
      for (let count = 0; count < replaced; count++) this.addEditor();
    }
    if (this.pending.length > 0) return this.pending.shift()!;
    const roll = prng.real53(this.gen);
    const editor = prng.oneOf(this.gen, this.editors);
    if (roll < 0.7) {
      this.edit(editor.doc);
      if (this.pending.length > 0) return this.pending.shift()!;
      return this.nextFrame();
    }
    if (roll < 0.8) return syncFrame((encoder) => syncProtocol.writeSyncStep1(encoder, editor.doc));
    if (roll < 0.9) {
      const other = prng.oneOf(this.gen, this.editors);
      return syncFrame((encoder) => syncProtocol.writeSyncStep2(encoder, editor.doc, Y.encodeStateVector(other.doc)));
    }
    if (roll < 0.98) {
      editor.awareness.setLocalState({ user: { name: prng.word(this.gen, 1, 12), color: '#123456' }, cursor: null });
      return awarenessFrame(editor.awareness);
    }
    // Now and then a fresh editor, so new client ids keep appearing.
    if (this.editors.length > 6) this.editors.shift()!.doc.destroy();
    this.addEditor();
    return this.nextFrame();
  }

  /**
   * After the server refused a frame that carried content, the editors
   * holding content the server lacks start again from what the server
   * holds, as reconnecting browsers would: later edits then build on
   * content the server has, so the run keeps testing accepted updates too.
   * Editors the server has caught up with carry on (replacing them all
   * cost more than the rest of the run).
   */
  resetTo(server: Y.Doc): void {
    this.pending.length = 0;
    const held = Y.decodeStateVector(Y.encodeStateVector(server));
    let state: Uint8Array | undefined;
    for (const editor of [...this.editors]) {
      if (!isAhead(editor.doc, held)) continue;
      editor.doc.destroy();
      this.editors.splice(this.editors.indexOf(editor), 1);
      state ??= Y.encodeStateAsUpdate(server);
      this.addEditor(state);
    }
  }

  private addEditor(state?: Uint8Array): void {
    // A fixed guid: a random one costs more than the edit (lib0 draws one crypto value per character).
    const doc = new Y.Doc({ guid: 'editor' });
    // Seeded ids, so a seed replays the same run.
    doc.clientID = prng.uint32(this.gen, 1, 0x7fffffff);
    const source = this.editors[0];
    // Most editors start from what another holds, as a joining browser would.
    if (state) Y.applyUpdate(doc, state);
    else if (source && prng.bool(this.gen)) Y.applyUpdate(doc, Y.encodeStateAsUpdate(source.doc));
    doc.on('update', (update: Uint8Array) => {
      this.pending.push(syncFrame((encoder) => syncProtocol.writeUpdate(encoder, update)));
      // The other editors hear of it too, most of the time, so their edits are concurrent but related.
      for (const other of this.editors) {
        if (other.doc === doc || prng.real53(this.gen) >= 0.8) continue;
        try {
          Y.applyUpdate(other.doc, update, 'peer');
        } catch {
          // Content the server took from a mutated frame can make Yjs throw in a browser that relays it on;
          // that browser would reload. The server's handling is what is under test, not the editors'.
          this.broken.add(other);
        }
      }
    });
    this.editors.push({ doc, awareness: new awarenessProtocol.Awareness(doc) });
  }

  private edit(doc: Y.Doc): void {
    const body = doc.getXmlFragment(BODY_FRAGMENT);
    const gen = this.gen;
    const texts = collectTexts(body);
    const choice = prng.int31(gen, 0, 9);
    doc.transact(() => {
      if (choice <= 1 || body.length === 0) {
        const element = new Y.XmlElement(prng.oneOf(gen, ['paragraph', 'heading', 'bulletList', 'blockquote']));
        element.insert(0, [new Y.XmlText(prng.word(gen, 0, 8))]);
        body.insert(prng.int31(gen, 0, body.length), [element]);
      } else if (choice <= 5 && texts.length > 0) {
        const text = prng.oneOf(gen, texts);
        text.insert(prng.int31(gen, 0, text.length), prng.utf16String(gen, 6));
      } else if (choice === 6 && texts.length > 0) {
        const text = prng.oneOf(gen, texts);
        if (text.length > 0) {
          const at = prng.int31(gen, 0, text.length - 1);
          text.delete(at, prng.int31(gen, 1, text.length - at));
        }
      } else if (choice === 7 && body.length > 0) {
        body.delete(prng.int31(gen, 0, body.length - 1), 1);
      } else if (choice === 8 && body.length > 0) {
        const element = body.get(prng.int31(gen, 0, body.length - 1));
        if (element instanceof Y.XmlElement) element.setAttribute('title', prng.word(gen, 0, 10));
      } else {
        const plain = doc.getText('t');
        plain.insert(prng.int31(gen, 0, plain.length), prng.word(gen, 1, 5));
      }
    });
  }
}

function collectTexts(fragment: Y.XmlFragment): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  const stack: (Y.XmlFragment | Y.XmlElement)[] = [fragment];
  while (stack.length > 0) {
    for (const child of stack.pop()!.toArray()) {
      if (child instanceof Y.XmlText) texts.push(child);
      else if (child instanceof Y.XmlElement) stack.push(child);
    }
  }
  return texts;
}

/** Whether `doc` has structs beyond the clocks in `held`. */
function isAhead(doc: Y.Doc, held: Map<number, number>): boolean {
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) if (clock > (held.get(client) ?? 0)) return true;
  return false;
}

function carriesUpdate(frame: Uint8Array): boolean {
  // Sync frames start with the message type 0 and then the sync type: 1 is step 2, 2 an update.
  return frame[0] === MESSAGE_SYNC && (frame[1] === SYNC_STEP_2 || frame[1] === SYNC_UPDATE);
}

function syncFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function awarenessFrame(awareness: awarenessProtocol.Awareness): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]));
  return encoding.toUint8Array(encoder);
}
