import { describe, expect, it } from 'vitest';
import { matchItemHeading } from './itemHeading';

describe('matchItemHeading', () => {
  it('reads § and numbered headings with their number', () => {
    expect(matchItemHeading('§ 18 Mötets öppnande')).toEqual({ marker: '§', number: 18, title: 'Mötets öppnande', presenter: '' });
    expect(matchItemHeading('§18. Val av justerare')).toMatchObject({ number: 18, title: 'Val av justerare' });
    expect(matchItemHeading('1. Uppföljning av skolchefsuppdrag – hur går vi vidare?')).toEqual({
      marker: 'number',
      number: 1,
      title: 'Uppföljning av skolchefsuppdrag – hur går vi vidare?',
      presenter: '',
    });
    expect(matchItemHeading('2) Planering student')).toMatchObject({ number: 2, title: 'Planering student' });
  });

  it('splits off a trailing parenthesised name as presenter, but not acronyms, dates or asides', () => {
    expect(matchItemHeading('§ 22 Styrgrupp utifrån politiskt uppdrag - dimensionering (Ove)')).toMatchObject({ title: 'Styrgrupp utifrån politiskt uppdrag - dimensionering', presenter: 'Ove' });
    expect(matchItemHeading('§ 29 Praktiknära forskning (Eva och Karina)')).toMatchObject({ title: 'Praktiknära forskning', presenter: 'Eva och Karina' });
    expect(matchItemHeading('§ 3 Rapport – (Mari-Louise Brage)')).toMatchObject({ title: 'Rapport', presenter: 'Mari-Louise Brage' });
    expect(matchItemHeading('§ 4 Kombinationsutbildningar (SFI)')).toMatchObject({ title: 'Kombinationsutbildningar (SFI)', presenter: '' });
    expect(matchItemHeading('§ 5 Projektår 2 (220401-230228)')).toMatchObject({ presenter: '' });
    expect(matchItemHeading('§ 6 Budget (se bilaga)')).toMatchObject({ presenter: '' });
    expect(matchItemHeading('§ 7 (Ove)')).toMatchObject({ title: '(Ove)', presenter: '' });
  });

  it('does not take references, dates or sentences for headings', () => {
    expect(matchItemHeading('§ 20, beslut 1')).toBeNull();
    expect(matchItemHeading('§ 20')).toBeNull();
    expect(matchItemHeading('1. mars är sista dag')).toBeNull();
    expect(matchItemHeading('2022. Det var ett år')).toBeNull();
    expect(matchItemHeading('Enligt § 18 Mötets öppnande')).toBeNull();
  });
});
