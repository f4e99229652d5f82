const PRESENTER_LINE = /^Föredragande(?:\s*:\s*|\s+)(\S.*)$/iu;

/** The name in a line `Föredragande: Birgitta Forssman`, or null. */
export function matchPresenterLine(text: string): string | null {
  return PRESENTER_LINE.exec(text)?.[1]?.trim() ?? null;
}
