// Where the test runner, the benchmark and the embed checks find a browser: CHROME_PATH, else
// Debian's Chromium. No browser is ever downloaded (the machines reach no browser builds).
import { existsSync } from 'node:fs';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromeArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function assertChromium() {
  if (existsSync(chromePath)) return;
  console.error(
    [
      `No Chromium at ${chromePath}.`,
      "Saumaton tests run in a real browser. Install Debian's Chromium:",
      '  sudo apt-get install -y chromium',
      'or point CHROME_PATH at a Chromium or Chrome binary:',
      '  CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
