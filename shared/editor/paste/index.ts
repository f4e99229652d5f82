export { htmlToProtocol } from './htmlToProtocol';
export { PROTOCOL_PASTE_META, ProtocolPaste, type ProtocolPasteOptions } from './protocolPaste';
export type { ProtocolPasteResult } from './protocolPasteResult';
export { textToProtocol } from './textToProtocol';
