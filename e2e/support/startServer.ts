// The browser tests run the same real server process as the server's own process tests.
export {
  spawnServer as startServer,
  type ServerProcess as RunningServer,
  type SpawnServerOptions as StartServerOptions,
} from '../../server/testing/spawnServer';
