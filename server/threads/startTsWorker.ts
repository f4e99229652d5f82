import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);

/**
 * A worker thread running a TypeScript module. `execArgv: ['--import', 'tsx']`
 * does not reach a worker's entry module on Node 20, so a small boot script
 * registers tsx's loader in the worker first and then imports the module;
 * this works the same under `tsx server/main.ts`, plain node and vitest.
 */
export function startTsWorker(moduleUrl: URL): Worker {
  const tsxApi = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/u, '.mjs')).href;
  const boot = `(async () => {
    const { register } = await import(${JSON.stringify(tsxApi)});
    register();
    await import(${JSON.stringify(moduleUrl.href)});
  })().catch((error) => { throw error; });`;
  return new Worker(boot, { eval: true });
}
