// "- ", "• ", "* ", "– " and the bullets Word writes into plain text ("·", "▪", "◦", U+F0B7).
const BULLET = /^[-•*–·▪◦\uF0B7]\s+(?=\S)/u;

/** Length of a leading list marker with its spaces, or 0 when the line is not a bullet. */
export function bulletMarkerLength(line: string): number {
  return BULLET.exec(line)?.[0].length ?? 0;
}
