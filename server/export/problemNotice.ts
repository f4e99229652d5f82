/** What an export says where it shows a part that did not fit the schema as plain text. */
export const UNSTRUCTURED_LABEL = 'Passar inte protokollets struktur – återges som ren text';

/** The notice an export opens with when parts of the document did not fit the schema. */
export interface ProblemNoticeView {
  heading: string;
  text: string;
  /** The problems as extraction wrote them (technical, in English), the first few. */
  details: string[];
}

// Enough to find the parts; a forged document may produce thousands.
const MAX_DETAILS = 10;

/**
 * The notice for the extraction's problems, or null when there were none:
 * nothing of the document may go missing from an export without the reader
 * being told, so every format shows this before the body.
 */
export function problemNotice(problems: readonly string[]): ProblemNoticeView | null {
  if (problems.length === 0) return null;
  const more = problems.length - MAX_DETAILS;
  return {
    heading: 'Anmärkning om innehållet',
    text:
      'Delar av dokumentet passar inte protokollets struktur. Det som kunde läsas står kvar på sin plats; ' +
      'det som bara kunde återges som ren text är markerat, och det som inte kunde läsas alls saknas. Tekniska detaljer:',
    details: [...problems.slice(0, MAX_DETAILS), ...(more > 0 ? [`… och ${more} till`] : [])],
  };
}
