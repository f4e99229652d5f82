import type { JSONContent } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { readFixtureText } from './fixtureFile';
import { FIXTURE_NOTES_FILE, fixtureNotes } from './fixtureNotes';
import { FIXTURE_PROTOCOL_FILE, fixtureProtocol } from './fixtureProtocol';
import { jsonAgendaPresenter, jsonAgendaTitle } from '../../editor/nodes/headingJson';

/** Every piece of text a body holds: titles, presenters, and the text of each textblock and action item. */
function textsOf(node: JSONContent): string[] {
  const own = node.content?.filter((child) => child.type === 'text').map((child) => child.text ?? '').join('') ?? '';
  const texts = own ? [own] : [];
  for (const child of node.content ?? []) if (child.type !== 'text') texts.push(...textsOf(child));
  return texts;
}

/** Found verbatim, or where the transcription ends a sentence the original ran on. */
function foundIn(file: string, text: string): boolean {
  return file.includes(text) || file.includes(text.replace(/\.$/, ''));
}

const protocolFile = readFixtureText(FIXTURE_PROTOCOL_FILE);
const notesFile = readFixtureText(FIXTURE_NOTES_FILE);

describe(`the protocol fixture is transcribed from ${FIXTURE_PROTOCOL_FILE}`, () => {
  const file = protocolFile;
  const { body, attendees, meta } = fixtureProtocol();

  it('has every § with its title and presenter as the file writes them', () => {
    const items = body.content ?? [];
    expect(items).toHaveLength(15);
    items.forEach((item, index) => {
      const [title, presenter] = [jsonAgendaTitle(item), jsonAgendaPresenter(item)];
      expect(file).toContain(`§ ${18 + index} ${title}${presenter ? ` (${presenter})` : ''}`);
    });
    expect(file).toContain(`Paragrafer ${meta.firstParagraph} - ${18 + items.length - 1}`);
  });

  it('holds only text that is in the file', () => {
    const rephrased = 'Hillevi ska ta reda på gemensam formulering och skicka ut till alla.';
    const missing = textsOf(body).filter((text) => text !== rephrased && !foundIn(file, text));
    expect(missing).toEqual([]);
    expect(file).toContain('gemensam formulering och denna ska Hillevi ta reda på för att snabbt skicka ut till alla.');
  });

  it('has the attendance of the file', () => {
    for (const attendee of attendees) {
      expect(file).toContain(attendee.organization ? `${attendee.name}, ${attendee.organization}` : attendee.name);
    }
    expect(file).toContain('Ordförande Katarina Lindberg');
    expect(file).toContain('Sekreterare Hillevi Larsson');
    expect(file).toContain('Utses att justera Zophia Zander Norell');
    expect(file).toContain(`Tid och plats Fredag den 11 februari, ${meta.place}`);
    expect(file).toContain(`Nästa möte: 10 mars ${meta.nextMeeting?.place}`);
  });
});

describe(`the notes fixture is transcribed from ${FIXTURE_NOTES_FILE}`, () => {
  const file = notesFile;
  const { body, meta } = fixtureNotes();

  it('has the six numbered items as the file writes them', () => {
    const items = body.content ?? [];
    expect(items).toHaveLength(6);
    items.forEach((item, index) => expect(file).toContain(`${index + 1}. ${jsonAgendaTitle(item)}`));
  });

  it('holds only text that is in the file', () => {
    expect(textsOf(body).filter((text) => !foundIn(file, text))).toEqual([]);
    expect(file).toContain(`18/3 kl 08.30 på ${meta.nextMeeting?.place}`);
  });
});
