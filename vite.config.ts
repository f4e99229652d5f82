import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const serverPort = Number(process.env.PORT ?? 3000);
const serverUrl = `http://127.0.0.1:${serverPort}`;

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // The meeting page (TipTap + ProseMirror + Yjs + the protocol views, ~660 kB) is one lazy
    // chunk that only the editor loads; splitting it further pulled editor code into the start page.
    chunkSizeWarningLimit: 750,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': serverUrl,
      '/join': serverUrl,
      '/collab': { target: serverUrl, ws: true },
    },
  },
  test: {
    root: '.',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          root: '.',
          include: ['{server,shared,client,bench}/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
