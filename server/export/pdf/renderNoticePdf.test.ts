import { describe, expect, it } from 'vitest';
import { fixtureAdjustedInput, fixtureDraftInput } from '../testing/exportFixtures';
import { inOrder, pdfText } from '../testing/pdfText';
import { renderNoticePdf } from './renderNoticePdf';

describe('renderNoticePdf', () => {
  it('has body, meeting date, adjustment date, where it is kept, posting dates three weeks apart and a signature line', async () => {
    const bytes = await renderNoticePdf(fixtureAdjustedInput());
    const text = pdfText(bytes);
    expect(
      inOrder(text, [
        'ANSLAGSBEVIS',
        'Skol- och utbildningschefer',
        'Sammanträdesdatum', '11 februari 2022',
        'Paragrafer', '§ 18–32',
        'Datum då protokollet justerades', '14 februari 2022',
        'Datum då anslaget sätts upp', '14 februari 2022',
        'Datum då anslaget tas ned', '7 mars 2022',
        'Förvaringsplats för protokollet', 'Skaraborgs Kommunalförbund (sekreterare Hillevi Larsson)',
        'Underskrift', 'Namnförtydligande',
      ]),
    ).toEqual([]);
    expect(Buffer.from(await renderNoticePdf(fixtureAdjustedInput())).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses a draft', () => {
    expect(() => renderNoticePdf(fixtureDraftInput())).toThrow(/adjusted/u);
  });
});
