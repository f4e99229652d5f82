const ELEMENT_NODE = 1;

// Elements whose content is never text of the document.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'TITLE', 'XML', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'IMG', 'VIDEO', 'AUDIO', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

/** Whether a DOM node is an element (checked by nodeType: the DOM may be any implementation). */
export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** An element's inline style, lower case without spaces, for substring tests. */
export function styleOf(element: Element): string {
  return (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/gu, '');
}

/** Scripts, styles, media, form controls and hidden (`display:none`) elements: none holds document text. */
export function isSkippedElement(element: Element): boolean {
  return SKIPPED.has(element.nodeName.toUpperCase()) || styleOf(element).includes('display:none');
}

/** Word's list bullet or number ("·", "1."), written as text in a span marked `mso-list:Ignore`. */
export function isWordListMarker(element: Element): boolean {
  return styleOf(element).includes('mso-list:ignore');
}
