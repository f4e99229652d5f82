import Document from '@tiptap/extension-document';

/** The body: paragraphs (§) and, between them, loose blocks such as section headings. */
export const ProtocolDocument = Document.extend({
  content: '(block | section)+',
});
