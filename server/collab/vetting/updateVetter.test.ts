import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BODY_FRAGMENT } from '../../../shared/collab/constants';
import { createLogger } from '../../logger';
import { nestedChain, pastedParagraphs, scatteredInserts, updateFrom } from '../../testing/largeUpdates';
import { UpdateVetter, type UpdateVetterOptions } from './updateVetter';

const log = createLogger('silent');
let vetter: UpdateVetter | null = null;

function startVetter(options: Partial<UpdateVetterOptions> = {}): UpdateVetter {
  vetter = new UpdateVetter({ aboveBytes: 16 * 1024, applyBudgetMs: 10_000, timeoutMs: 20_000, ...options }, log);
  return vetter;
}

afterEach(async () => {
  await vetter?.close();
  vetter = null;
});

/** The room's side: its document, and how many times the worker needed its whole state. */
function room() {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'Protokoll');
  let seeds = 0;
  const stateOf = () => {
    seeds++;
    return Y.encodeStateAsUpdate(doc);
  };
  return { doc, stateOf, seeds: () => seeds };
}

describe('UpdateVetter (a real worker thread)', () => {
  it('takes only updates above its size threshold', () => {
    const v = startVetter({ aboveBytes: 1000 });
    expect(v.vets(new Uint8Array(1000))).toBe(false);
    expect(v.vets(new Uint8Array(1001))).toBe(true);
  });

  it('finds a pasted protocol sound, and its copy follows what the room applies so the next paste on top of it is complete', async () => {
    const v = startVetter();
    const meeting = room();
    const paste = pastedParagraphs(meeting.doc, 500);
    expect(paste.length).toBeGreaterThan(16 * 1024);
    const vetted = await v.vet('m1', paste, meeting.stateOf);
    expect(vetted.verdict).toMatchObject({ addsNothing: false, problem: null });
    // The room takes it; the worker's copy keeps it.
    Y.applyUpdate(meeting.doc, paste);
    vetted.settle(true);
    // A keystroke the room checked itself and applied.
    const typed = updateFrom(meeting.doc, (doc) => doc.getText('t').insert(0, '§ '));
    Y.applyUpdate(meeting.doc, typed);
    v.applied('m1', typed);
    // An edit inside the pasted text builds on it: complete only if the copy has it.
    const onTop = updateFrom(meeting.doc, (doc) => {
      const paragraph = doc.getXmlFragment(BODY_FRAGMENT).get(250) as Y.XmlElement;
      (paragraph.get(0) as Y.XmlText).insert(3, ' och ändrar'.repeat(3000));
    });
    const second = await v.vet('m1', onTop, meeting.stateOf);
    expect(second.verdict).toMatchObject({ addsNothing: false, problem: null });
    second.settle(false);
    // And one that builds on the keystroke.
    const afterTyped = updateFrom(meeting.doc, (doc) => doc.getText('t').insert(1, 'x'.repeat(20_000)));
    expect((await v.vet('m1', afterTyped, meeting.stateOf)).verdict).toMatchObject({ addsNothing: false, problem: null });
    expect(meeting.seeds()).toBe(1);
  });

  it('refuses an update that takes Yjs longer than the budget to apply', async () => {
    const v = startVetter({ applyBudgetMs: 1 });
    const meeting = room();
    const costly = scatteredInserts(meeting.doc, 20_000);
    expect((await v.vet('m1', costly, meeting.stateOf)).verdict).toMatchObject({ problem: 'tooCostly' });
  });

  it('vets nothing else until the room has settled the last verdict: an update on a paste the room did not take is incomplete', async () => {
    const v = startVetter();
    const meeting = room();
    const paste = pastedParagraphs(meeting.doc, 200);
    const withPaste = new Y.Doc();
    Y.applyUpdate(withPaste, Y.encodeStateAsUpdate(meeting.doc));
    Y.applyUpdate(withPaste, paste);
    const onThePaste = updateFrom(withPaste, (doc) => {
      const paragraph = doc.getXmlFragment(BODY_FRAGMENT).get(100) as Y.XmlElement;
      (paragraph.get(0) as Y.XmlText).insert(0, 'ö'.repeat(20_000));
    });
    const first = await v.vet('m1', paste, meeting.stateOf);
    expect(first.verdict.problem).toBeNull();
    // Asked before the room decided on the first: were it judged at once, the paste would still be in the copy.
    const second = v.vet('m1', onThePaste, meeting.stateOf);
    first.settle(false);
    expect((await second).verdict.problem).toBe('incomplete');
  });

  it('refuses an update whose check runs out of time, replaces the worker, and judges the next update on a fresh copy', async () => {
    const v = startVetter({ timeoutMs: 50 });
    const meeting = room();
    // Measuring 40 000 levels takes the checks far longer than 50 ms.
    const deep = nestedChain(meeting.doc, 40_000);
    expect((await v.vet('m1', deep, meeting.stateOf)).verdict).toMatchObject({ problem: 'tooCostly' });
    v.options.timeoutMs = 20_000;
    const paste = pastedParagraphs(meeting.doc, 200);
    expect((await v.vet('m1', paste, meeting.stateOf)).verdict).toMatchObject({ addsNothing: false, problem: null });
    // The new worker had no copy: it was seeded again.
    expect(meeting.seeds()).toBe(2);
  });

  it('answers every job once it is closed, without a verdict that lets anything in', async () => {
    const v = startVetter();
    const meeting = room();
    const waiting = v.vet('m1', pastedParagraphs(meeting.doc, 200), meeting.stateOf);
    await v.close();
    expect((await waiting).verdict).toMatchObject({ problem: 'tooCostly' });
    expect((await v.vet('m1', pastedParagraphs(meeting.doc, 200), meeting.stateOf)).verdict).toMatchObject({ problem: 'tooCostly' });
  });
});
