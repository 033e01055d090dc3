// Finds a Chromium for the browser tests; installs Debian's package when it can.
// Test tools cannot download browsers here, so this is the only way a browser arrives.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CANDIDATES = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (hasApt) {
    const sudo = isRoot ? '' : 'sudo -n ';
    try {
      console.log('No Chromium found: installing Debian\'s "chromium" package…');
      execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, {
        stdio: 'inherit',
      });
    } catch {
      /* fall through to the message below */
    }
  }
  const installed = findChromium();
  if (installed) return installed;
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium\n' +
      '  Elsewhere: install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
  );
  process.exit(2);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
