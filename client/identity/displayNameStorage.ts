const STORAGE_KEY = 'protokoll.displayName';

/** Longest name we keep; a caret label must stay a label. */
export const MAX_NAME_LENGTH = 60;

export function normalizeName(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

// localStorage throws in some privacy modes; then the name lasts for this page only.
export function loadDisplayName(): string {
  try {
    return normalizeName(window.localStorage.getItem(STORAGE_KEY) ?? '');
  } catch {
    return '';
  }
}

export function saveDisplayName(name: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, name);
  } catch {
    // See loadDisplayName.
  }
}
