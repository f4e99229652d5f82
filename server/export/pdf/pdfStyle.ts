/** Page geometry (points, A4) and colours shared by the protocol and the notice. */
export const PAGE = {
  size: 'A4' as const,
  margins: { top: 62, bottom: 78, left: 72, right: 62 },
};

export const COLOR = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#9a9a9a',
  link: '#0b4f8a',
  decisionBar: '#1f4e79',
  decisionFill: '#eef3f8',
  actionBar: '#8a5a00',
  actionFill: '#fbf5e9',
  tableHeader: '#e8ecef',
  tableBorder: '#8c959c',
  watermark: '#8a8a8a',
  warning: '#aa3333',
};

export const SIZE = {
  body: 10.5,
  small: 8.5,
  label: 9.5,
  itemHeading: 12.5,
  subHeading: 11,
};

/** Content box of the current page. */
export function contentBox(doc: PDFKit.PDFDocument) {
  const { margins, width, height } = doc.page;
  return { left: margins.left, right: width - margins.right, width: width - margins.left - margins.right, top: margins.top, bottom: height - margins.bottom };
}

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > contentBox(doc).bottom) doc.addPage();
}
