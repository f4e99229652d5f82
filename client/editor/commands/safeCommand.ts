/**
 * Runs a schema command (or its can() check) from a shortcut or the toolbar,
 * treating a throw as "not here": insertDecision and insertActionItem resolve
 * the line around the selection and throw when there is none (Ctrl+A, a
 * paragraph selected for dragging). A toolbar must not take the page down then.
 */
export function safeCommand(command: () => boolean): boolean {
  try {
    return command();
  } catch {
    return false;
  }
}
