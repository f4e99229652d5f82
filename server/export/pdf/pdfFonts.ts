import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ttf = (pkg: string, weight: string, file: string) => require.resolve(`@expo-google-fonts/${pkg}/${weight}/${file}.ttf`);

/**
 * The embedded fonts: Noto covers Swedish (and every Latin name), and PDF/A
 * needs every font embedded, so the 14 standard PDF fonts are never used.
 * Serif for running text, sans for headings, labels and the header block.
 */
export const FONTS = {
  serif: ttf('noto-serif', '400Regular', 'NotoSerif_400Regular'),
  serifBold: ttf('noto-serif', '700Bold', 'NotoSerif_700Bold'),
  serifItalic: ttf('noto-serif', '400Regular_Italic', 'NotoSerif_400Regular_Italic'),
  serifBoldItalic: ttf('noto-serif', '700Bold_Italic', 'NotoSerif_700Bold_Italic'),
  sans: ttf('noto-sans', '400Regular', 'NotoSans_400Regular'),
  sansBold: ttf('noto-sans', '700Bold', 'NotoSans_700Bold'),
  sansItalic: ttf('noto-sans', '400Regular_Italic', 'NotoSans_400Regular_Italic'),
} as const;

export type FontName = keyof typeof FONTS;

/** Registers every font under its key, so `doc.font('sansBold')` works. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
}
