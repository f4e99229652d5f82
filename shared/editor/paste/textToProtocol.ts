import { blocksToProtocol } from './blocksToProtocol';
import type { ProtocolPasteResult } from './protocolPasteResult';
import { textToBlocks } from './textToBlocks';

/** Converts the plain text of an agenda or protocol (typed, or extracted from a PDF) to a protocol `doc`. */
export function textToProtocol(text: string): ProtocolPasteResult {
  return blocksToProtocol(textToBlocks(text));
}
