/** Runs in the page: pastes text into the editor as a person's Ctrl+V would deliver it. */
export function pasteIntoEditor([selector, text]: [string, string]): void {
  const editor = document.querySelector(selector);
  if (!(editor instanceof HTMLElement)) throw new Error(`no editor at ${selector}`);
  editor.focus();
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}
