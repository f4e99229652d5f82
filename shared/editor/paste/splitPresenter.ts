// A personal name: "Ove", "Mari-Louise", "Zophia Zander Norell", "André".
const NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)*`;
// One or more names: "Eva och Karina", "Ove, Anneli".
const NAMES = String.raw`${NAME}(?:(?:\s*[,&/]\s*|\s+och\s+)${NAME})*`;
// Capitalised words only, so acronyms "(SFI)", dates "(220401-230228)" and
// lower-case asides "(se bilaga)" stay in the title.
const TRAILING_NAMES = new RegExp(String.raw`^(.*?)\s*\((${NAMES})\)\s*$`, 'u');

/** Splits a trailing parenthesised name off an item title: "Branschråd Pedagogik (Anneli)". */
export function splitPresenter(title: string): { title: string; presenter: string } {
  const match = TRAILING_NAMES.exec(title);
  const rest = match?.[1]?.replace(/\s*[–—:-]\s*$/u, '') ?? '';
  if (!match?.[2] || !rest) return { title, presenter: '' };
  return { title: rest, presenter: match[2] };
}
