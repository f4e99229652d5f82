import { afterAll, describe, expect, it } from 'vitest';
import { ExportRenderer } from './exportRenderer';
import { renderProtocolPdf } from './pdf/renderProtocolPdf';
import * as Y from 'yjs';
import { fixtureProtocolDoc } from '../../shared/protocol/testing/fixtureProtocol';
import { exportInputOf } from './exportInputOf';
import { renderProtocolMarkdown } from './markdown/renderProtocolMarkdown';
import { FIXTURE_ADJUSTMENT, fixtureAdjustedInput } from './testing/exportFixtures';
import { buildMeetingDoc } from '../../shared/protocol/buildMeetingDoc';
import { docJson, paragraphJson } from '../../shared/protocol/nodeJson';
import { installationTimeZone, setInstallationTimeZone } from '../time/installationTimeZone';

const renderer = new ExportRenderer();
afterAll(() => renderer.close());

describe('ExportRenderer', () => {
  it('renders the PDF in the worker thread with the same bytes as in-process', async () => {
    const [inWorker, inline] = await Promise.all([renderer.render('pdf', fixtureAdjustedInput()), renderProtocolPdf(fixtureAdjustedInput())]);
    expect(inWorker).not.toBeNull();
    expect(Buffer.from(inWorker ?? []).equals(Buffer.from(inline))).toBe(true);
  });

  it('reports a failed render and keeps working', async () => {
    const draft = { ...fixtureAdjustedInput(), adjustment: null };
    await expect(renderer.render('notice', draft)).rejects.toThrow(/adjusted/u);
    expect((await renderer.render('docx', fixtureAdjustedInput()))?.length).toBeGreaterThan(1000);
  });

  it('reads stored updates and renders them in the worker, returning the meeting as the document has it', async () => {
    const document = {
      updates: [Y.encodeStateAsUpdate(fixtureProtocolDoc())],
      record: { id: 'm1', title: 'Skolchefer februari', kind: 'protocol' as const, body: null, startsAt: null, place: null, state: 'adjusted' as const, firstParagraph: 1 },
      adjustment: FIXTURE_ADJUSTMENT,
      corrections: [],
    };
    const result = await renderer.renderDocument('md', document);
    expect(result.meeting).toMatchObject({ body: 'Skol- och utbildningschefer', startsAt: '2022-02-11', paragraphRange: { first: 18, last: 32 } });
    expect(new TextDecoder().decode(result.bytes ?? new Uint8Array())).toBe(renderProtocolMarkdown(exportInputOf(document)));
    expect((await renderer.renderDocument('ics', { ...document, updates: [] })).bytes).toBeNull();
  });

  it('reads meeting times in the worker in the installation’s zone, as this thread does', async () => {
    const zoneBefore = installationTimeZone();
    const document = {
      updates: [Y.encodeStateAsUpdate(buildMeetingDoc({ body: docJson(paragraphJson('Mötet')), meta: { startsAt: '2022-02-11T08:00:00Z' } }))],
      record: { id: 'm2', title: 'Styrelsemöte', kind: 'protocol' as const, body: null, startsAt: null, place: null, state: 'draft' as const, firstParagraph: 1 },
      adjustment: null,
      corrections: [],
    };
    const markdown = async () => new TextDecoder().decode((await renderer.renderDocument('md', document)).bytes ?? new Uint8Array());
    try {
      expect(await markdown()).toContain('Fredag 11 februari 2022 kl. 09.00');
      setInstallationTimeZone('Europe/Helsinki');
      expect(await markdown()).toContain('Fredag 11 februari 2022 kl. 10.00');
    } finally {
      setInstallationTimeZone(zoneBefore);
    }
  });

  it('renders the text formats inline', async () => {
    const md = await renderer.render('md', fixtureAdjustedInput());
    expect(new TextDecoder().decode(md ?? new Uint8Array())).toContain('# Skol- och utbildningschefer');
  });
});
