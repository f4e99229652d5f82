/**
 * Caret and presence colours. Each is dark enough for a white name label and
 * plain `#rrggbb`, the only form the TipTap caret extension accepts.
 */
export const USER_COLORS = [
  '#2563a8',
  '#b4462f',
  '#2f7d4f',
  '#8a4fb0',
  '#a8581a',
  '#0f7680',
  '#b8336a',
  '#5b6b1c',
  '#4f52c4',
  '#52606d',
] as const;

export type UserColor = (typeof USER_COLORS)[number];

/**
 * FNV-1a, then MurmurHash3's finaliser: FNV alone leaves the low bits so
 * poorly mixed that names ending alike ("Anna", "Ulla") shared a colour.
 */
function hashName(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The same person gets the same colour in every window and every session. */
export function colorForName(name: string): UserColor {
  const index = hashName(name.trim().toLocaleLowerCase('sv')) % USER_COLORS.length;
  return USER_COLORS[index] ?? USER_COLORS[0];
}
