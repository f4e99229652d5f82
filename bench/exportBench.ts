/**
 * npm run bench (second part): export cost. PDF and DOCX render time of the
 * fixture protocol and a generated ~100-page one, and the keystroke latency
 * of one meeting while another meeting's 100-page protocol is exported over
 * and over on the same server. Prints Markdown and updates docs/benchmarks.md.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMeetingDoc } from '../shared/protocol/buildMeetingDoc';
import { docJson } from '../shared/protocol/nodeJson';
import { fixtureProtocol } from '../shared/protocol/testing/fixtureProtocol';
import { fixtureDraftInput, longProtocolInput } from '../server/export/testing/exportFixtures';
import { latencyUnderExport } from './exportLatency';
import { timeExports } from './exportTimings';
import { describeMachine } from './machine';
import { ms } from './report';
import { startServer } from './servers';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const docPath = join(repoRoot, 'docs', 'benchmarks.md');
const START = '<!-- export-bench:start -->';
const END = '<!-- export-bench:end -->';
const KEYSTROKES = 600;
const RATE = 50;

const log = (message: string) => process.stderr.write(`[export-bench] ${message}\n`);

/** The long protocol's document: the fixture's paragraphs repeated, as longProtocolInput builds it. */
function longContent(pages: number) {
  const content = fixtureProtocol();
  const items = (content.body.content ?? []).filter((node) => node.type === 'agendaItem');
  return { ...content, body: docJson(...Array.from({ length: Math.max(1, Math.ceil(pages / 7)) }, () => items).flat()) };
}

async function main(): Promise<void> {
  const machine = describeMachine();
  log('timing PDF and DOCX in this thread');
  const timings = [await timeExports('fixture (§ 18–32)', fixtureDraftInput()), await timeExports('generated', longProtocolInput(100))];
  for (const t of timings) log(`${t.protocol}: ${t.pages} pages, PDF ${ms(t.pdfMs)} ms, DOCX ${ms(t.docxMs)} ms`);
  // Checks that the generated document builds before a server is started for it.
  buildMeetingDoc(longContent(100)).destroy();

  log('starting our server for the latency run');
  const server = await startServer('ours', repoRoot);
  let latency;
  try {
    latency = await latencyUnderExport(server, longContent(100), KEYSTROKES, RATE);
  } finally {
    await server.stop();
  }
  log(`latency p50/p99/max alone ${ms(latency.baseline.p50)}/${ms(latency.baseline.p99)}/${ms(latency.baseline.max)} ms, during export ${ms(latency.duringExport.p50)}/${ms(latency.duringExport.p99)}/${ms(latency.duringExport.max)} ms`);

  const lines = [
    START,
    '## Export',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` (\`tsx bench/exportBench.ts\`) on ${machine.cpuModel}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, Node ${machine.node}, ${machine.kernel} (load average ${machine.loadAverage.toFixed(2)} at start).`,
    '',
    'Render time in one thread (median of 3 after a warm-up), as the export worker spends it:',
    '',
    '| protocol | pages | PDF ms | PDF KiB | DOCX ms | DOCX KiB |',
    '|---|---:|---:|---:|---:|---:|',
    ...timings.map((t) => `| ${t.protocol} | ${t.pages} | ${ms(t.pdfMs)} | ${t.pdfKiB.toFixed(0)} | ${ms(t.docxMs)} | ${t.docxKiB.toFixed(0)} |`),
    '',
    `Keystroke-to-peer latency of one meeting (2 editors, ${KEYSTROKES} keystrokes at ${RATE}/s) on our server, alone and while another meeting's ${latency.pages}-page protocol is exported back to back (PDF and DOCX alternately, ${latency.exports} exports, each ${ms(latency.exportMs.p50)} ms median over HTTP):`,
    '',
    '| other meeting | p50 ms | p99 ms | max ms | samples |',
    '|---|---:|---:|---:|---:|',
    `| idle | ${ms(latency.baseline.p50)} | ${ms(latency.baseline.p99)} | ${ms(latency.baseline.max)} | ${latency.baseline.count} |`,
    `| exporting ${latency.pages} pages | ${ms(latency.duringExport.p50)} | ${ms(latency.duringExport.p99)} | ${ms(latency.duringExport.max)} | ${latency.duringExport.count} |`,
    '',
    'Every export is read and rendered in one worker thread (`server/export/exportRenderer.ts`): the event loop only',
    'reads the stored updates from SQLite and sends the bytes. On the event loop, decoding and extracting the long',
    "protocol alone took 10–40 ms per export (a first version did that and its p99 here was 22 ms), and rendering",
    'its PDF would stall every room for the PDF time above. What is left during exports is CPU contention: on this',
    '2-core machine the worker, the server and the bench client with its editors share two cores.',
    END,
  ];
  const section = lines.join('\n');
  process.stdout.write(`${section}\n`);
  if (process.argv.includes('--no-doc')) return;
  const existing = await readFile(docPath, 'utf8');
  const from = existing.indexOf(START);
  const to = existing.indexOf(END);
  const next = from >= 0 && to > from ? `${existing.slice(0, from)}${section}${existing.slice(to + END.length)}` : `${existing.trimEnd()}\n\n${section}\n`;
  await writeFile(docPath, next);
  log(`updated ${docPath}`);
}

main().then(
  () => {
    // As in latency.ts: the editors' providers and fetch's pooled sockets must not keep the
    // process alive, or `npm run bench` never gets to the latency run after this one.
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(`[export-bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
