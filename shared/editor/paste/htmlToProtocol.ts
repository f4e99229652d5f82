import { blocksToProtocol } from './blocksToProtocol';
import { htmlToBlocks } from './htmlToBlocks';
import type { ProtocolPasteResult } from './protocolPasteResult';

/** Converts the HTML of an agenda or protocol (Word, Google Docs, a web page) to a protocol `doc`. */
export function htmlToProtocol(html: string): ProtocolPasteResult {
  return blocksToProtocol(htmlToBlocks(html));
}
