import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { buildMeetingDoc, type MeetingDocContent } from '../shared/protocol/buildMeetingDoc';
import { EditorGroup } from './editors';
import { LatencyRecorder } from './latencyRecorder';
import { createMeeting, fetchTicket } from './ourApi';
import { summarize, type Summary } from './percentiles';
import type { BenchServer } from './servers';
import { driveAtFixedRate } from './typingLoad';

export interface LatencyUnderExport {
  baseline: Summary;
  duringExport: Summary;
  exports: number;
  exportMs: Summary;
  pages: number;
}

const SAMPLE = 'Styrelsen beslutade att godkänna protokollet. ';
const WebSocketPolyfill = WebSocket as unknown as typeof globalThis.WebSocket;

/** Writes a document into a meeting through a stock client and waits until the server has stored it. */
async function seedMeeting(httpUrl: string, wsUrl: string, content: MeetingDocContent): Promise<{ id: string; token: string }> {
  const meeting = await createMeeting(httpUrl, 'Bench export');
  const ticket = await fetchTicket(httpUrl, meeting.id, meeting.token);
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, meeting.id, doc, { params: { ticket }, WebSocketPolyfill, disableBc: true });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const items = content.body.content?.length ?? 0;
  doc.getXmlFragment('default').delete(0, doc.getXmlFragment('default').length);
  buildMeetingDoc(content, doc);
  // The server has it once its protocol read shows every paragraph.
  for (;;) {
    const res = await fetch(`${httpUrl}/api/meetings/${meeting.id}/protocol`, { headers: { authorization: `Bearer ${meeting.token}` } });
    const protocol = (await res.json()) as { items?: unknown[] };
    if ((protocol.items?.length ?? 0) >= items) break;
  }
  provider.destroy();
  return meeting;
}

/**
 * Keystroke latency between two editors of one meeting, first alone, then
 * while another meeting's ~100-page protocol is exported to PDF and DOCX
 * over and over (one request after the other) on the same server.
 */
export async function latencyUnderExport(server: BenchServer, long: MeetingDocContent, keystrokes: number, rate: number): Promise<LatencyUnderExport> {
  const access = await server.openRoom('export-latency');
  const httpUrl = access.serverUrl.replace(/^ws/u, 'http').replace(/\/collab$/u, '');
  const big = await seedMeeting(httpUrl, access.serverUrl, long);
  const exportOnce = async (file: 'export.pdf' | 'export.docx') => {
    const start = performance.now();
    const res = await fetch(`${httpUrl}/api/meetings/${big.id}/${file}`, { headers: { authorization: `Bearer ${big.token}` } });
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`${file}: ${res.status}`);
    return { ms: performance.now() - start, bytes };
  };
  const warm = await exportOnce('export.pdf');
  const pages = Buffer.from(warm.bytes).toString('latin1').match(/\/Type \/Page\b/gu)?.length ?? 0;

  const group = await EditorGroup.connect(access, 2, 30_000);
  await group.createParagraphs(30_000);
  const recorder = new LatencyRecorder();
  for (const { doc } of group.editors) recorder.attach(doc);
  let typed = 0;
  let measuring = false;
  const keystroke = (i: number) => {
    const editor = group.editors[i % group.editors.length];
    if (editor?.text == null) throw new Error('editor without a paragraph');
    const sentAt = performance.now();
    editor.text.insert(editor.text.length, SAMPLE[typed++ % SAMPLE.length] as string);
    recorder.recordSent(editor.doc, Y.getState(editor.doc.store, editor.doc.clientID), sentAt, measuring);
  };
  try {
    await driveAtFixedRate(100, rate, keystroke);
    await recorder.waitUntilDelivered(15_000);

    measuring = true;
    const before = recorder.samples.length;
    await driveAtFixedRate(keystrokes, rate, keystroke);
    await recorder.waitUntilDelivered(15_000);
    const baseline = summarize(recorder.samples.slice(before));

    const exportTimes: number[] = [];
    let typing = true;
    const exporting = (async () => {
      for (let n = 0; typing; n++) exportTimes.push((await exportOnce(n % 2 === 0 ? 'export.pdf' : 'export.docx')).ms);
    })();
    const during = recorder.samples.length;
    await driveAtFixedRate(keystrokes, rate, keystroke);
    await recorder.waitUntilDelivered(15_000);
    typing = false;
    await exporting;
    return { baseline, duringExport: summarize(recorder.samples.slice(during)), exports: exportTimes.length, exportMs: summarize(exportTimes), pages };
  } finally {
    recorder.dispose();
    group.destroy();
  }
}
