import { ConfigError, loadConfig } from './config';
import { createLogger, errorFields } from './logger';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  // Loaded only after the configuration is valid: the app pulls in the editor schema (TipTap), ~0.5 s.
  const { createServer } = await import('./createServer');
  const server = await createServer(config);
  // Printed whatever the log level: tests, benchmarks and people wait for this line.
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'info', category: 'server', msg: 'listening', url: server.url, dbFile: config.DB_FILE })}\n`,
  );

  const shutdown = (signal: string) => {
    log.info('shutting down', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('shutdown failed', errorFields(error));
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Protokoll failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
