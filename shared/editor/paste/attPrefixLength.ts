const ATT_PREFIX = /^att\s+(?=\S)/iu;

/** Length of a leading "att " (the lead-in already says "att"), 0 when the line has none. */
export function attPrefixLength(text: string): number {
  return ATT_PREFIX.exec(text)?.[0].length ?? 0;
}
