import { parentPort } from 'node:worker_threads';
import { exportInputOf } from './exportInputOf';
import type { ExportRequest, ExportResponse } from './exportMessages';
import { renderExport } from './renderExport';
import { setInstallationTimeZone } from '../time/installationTimeZone';

// The worker thread behind ExportRenderer: reads (when given stored updates) and renders one job at a time.
parentPort?.on('message', (request: ExportRequest) => {
  const run = async () => {
    setInstallationTimeZone(request.timeZone);
    const input = 'input' in request ? request.input : exportInputOf(request.document);
    return { bytes: await renderExport(request.format, input), meeting: input.protocol.meeting };
  };
  run().then(
    ({ bytes, meeting }) => {
      const response: ExportResponse = { id: request.id, ok: true, bytes, meeting };
      parentPort?.postMessage(response, bytes ? [bytes.buffer as ArrayBuffer] : []);
    },
    (error: unknown) => {
      const response: ExportResponse = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      parentPort?.postMessage(response);
    },
  );
});
