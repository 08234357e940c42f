// Debian's Chromium as the browser tests and benches launch it (../shared/TESTING.md): no
// network beyond loopback, so the background services that phone home are switched off.
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether the browser tests can run. In CI a missing Chromium is an error (.ci/run installs
 * it); elsewhere the suite says why it skips.
 */
export function chromiumAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI)
    throw new Error(`${CHROMIUM} is missing: .ci/run installs it (apt-get install -y chromium).`);
  console.info(`[${suite}] skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
  return false;
}
