import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { htmlToBlocks } from './htmlToBlocks';
import type { PasteBlock } from './pasteBlock';
import { protocolPasteTransaction } from './protocolPasteTransaction';
import { textToBlocks } from './textToBlocks';

export interface ProtocolPasteOptions {
  /** Called with the first item number of a pasted agenda (§ 18 → 18), so the client can offer to start the numbering there. */
  onFirstNumber?: ((firstNumber: number) => void) | undefined;
}

/** Transaction meta on a structured paste: `{ firstNumber: number | null }`, for listeners that did not configure the extension. */
export const PROTOCOL_PASTE_META = 'protocolPaste';

/**
 * Pasting an agenda or protocol (plain text, Word or other HTML) inserts its items
 * (§ 18 … / 1. …) and decisions as structure; any other paste runs as usual. A copy
 * from this editor (HTML carrying `data-pm-slice`) keeps its own structure.
 */
export const ProtocolPaste = Extension.create<ProtocolPasteOptions>({
  name: 'protocolPaste',

  addOptions() {
    return { onFirstNumber: undefined };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    // handlePaste gets the parsed slice, not the source: the transform hooks, which
    // ProseMirror calls with the raw text or HTML just before it, keep the source here.
    let pasted: { text: string } | { html: string } | null = null;
    return [
      new Plugin({
        key: new PluginKey('protocolPaste'),
        props: {
          transformPastedText: (text) => {
            pasted = { text };
            return text;
          },
          transformPastedHTML: (html) => {
            pasted = { html };
            return html;
          },
          handlePaste: (view) => {
            const source = pasted;
            pasted = null;
            if (!source || ('html' in source && source.html.includes('data-pm-slice'))) return false;
            const blocks: PasteBlock[] = 'html' in source ? htmlToBlocks(source.html) : textToBlocks(source.text);
            const result = protocolPasteTransaction(view.state, blocks);
            if (!result) return false;
            const { tr, firstNumber } = result;
            view.dispatch(tr.setMeta('paste', true).setMeta('uiEvent', 'paste').setMeta(PROTOCOL_PASTE_META, { firstNumber }).scrollIntoView());
            if (firstNumber !== null) options.onFirstNumber?.(firstNumber);
            return true;
          },
        },
      }),
    ];
  },
});
