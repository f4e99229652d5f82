// Makes sure the Debian packages the tests use are present before they run: Chromium for the
// browser tests, poppler-utils (pdftotext, pdftoppm) to read exported PDFs. Never downloads a browser build.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A program the tests run, and the Debian package that brings it. */
const TOOLS = [
  { path: '/usr/bin/chromium', pkg: 'chromium' },
  { path: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
  { path: '/usr/bin/pdfsig', pkg: 'poppler-utils' },
  { path: '/usr/bin/openssl', pkg: 'openssl' },
];

const missing = TOOLS.filter((tool) => !existsSync(tool.path));
if (missing.length === 0) process.exit(0);

const INSTALL = `apt-get update && apt-get install -y ${missing.map((tool) => tool.pkg).join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`Missing ${missing.map((tool) => tool.path).join(', ')}. Install with:\n  sudo sh -c '${INSTALL}'`);
  process.exit(1);
}
console.log(`Installing Debian's packages the tests need: ${INSTALL}`);
try {
  execSync(INSTALL, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
} catch {
  console.error(`The install failed. Run it yourself:\n  ${INSTALL}`);
  process.exit(1);
}
const still = missing.filter((tool) => !existsSync(tool.path));
if (still.length > 0) {
  console.error(`${still.map((tool) => tool.path).join(', ')} still missing after the install.`);
  process.exit(1);
}
