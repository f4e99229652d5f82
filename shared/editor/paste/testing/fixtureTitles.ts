/** The paragraphs § 18–32 of the protocol fixture, in order, as the file titles them (without presenters). */
export const PROTOCOL_FIXTURE_TITLES = [
  'Mötets öppnande',
  'Val av justerare',
  'Förra mötets protokoll',
  'Tema Kompetensförsörjning',
  'Styrgrupp utifrån politiskt uppdrag - dimensionering',
  'Styrgrupp utifrån politiskt uppdrag obehöriga elever',
  'Rapportering från arbetsgrupper',
  'Branschråd Pedagogik',
  'Samverkan Skola-Arbetsliv, kort varvet runt',
  'Måldokument Utbildning Skaraborg, revidering',
  'Uppdrag för avdelningschefer/verksamhetschefer',
  'Rapportering',
  'Tema Förändringsledarskap',
  'Övriga frågor',
  'Avslutning',
] as const;
