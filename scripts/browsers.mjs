// The three browser engines every test runs in, all from Debian packages; no browser is ever
// downloaded (the machines reach no browser builds). Each binary can be overridden by an
// environment variable; SAUMATON_ENGINES=chromium,firefox narrows a run to some engines.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const multiarch = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? 'x86_64-linux-gnu';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const webkitDriverPath = process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const miniBrowserPath = process.env.MINIBROWSER_PATH || `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`;
export const xvfbRunPath = process.env.XVFB_RUN_PATH || '/usr/bin/xvfb-run';

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

/**
 * Every engine: its name in the test output, the binaries it needs (with the variable that
 * overrides each) and the Debian packages that provide them.
 */
export const engines = [
  {
    id: 'chromium',
    name: 'Chromium',
    binaries: [{ path: chromePath, env: 'CHROME_PATH' }],
    apt: ['chromium'],
  },
  {
    id: 'firefox',
    name: 'Firefox ESR',
    binaries: [{ path: firefoxPath, env: 'FIREFOX_PATH' }],
    apt: ['firefox-esr'],
  },
  {
    id: 'webkit',
    name: 'WebKit',
    binaries: [
      { path: webkitDriverPath, env: 'WEBKIT_WEBDRIVER_PATH' },
      { path: miniBrowserPath, env: 'MINIBROWSER_PATH' },
      { path: xvfbRunPath, env: 'XVFB_RUN_PATH' },
      // xvfb-run needs it; xvfb only recommends it.
      { path: '/usr/bin/xauth', env: null },
    ],
    apt: ['webkit2gtk-driver', 'xvfb', 'xauth'],
  },
];

export const allAptPackages = engines.flatMap((e) => e.apt);

/** The engines this run uses: all of them, or those SAUMATON_ENGINES names. */
export function selectedEngines() {
  const wanted = (process.env.SAUMATON_ENGINES ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (wanted.length === 0) return engines;
  const unknown = wanted.filter((id) => !engines.some((e) => e.id === id));
  if (unknown.length > 0) {
    console.error(
      `SAUMATON_ENGINES names ${unknown.join(', ')}; the engines are ${engines.map((e) => e.id).join(', ')}.`,
    );
    process.exit(1);
  }
  return engines.filter((e) => wanted.includes(e.id));
}

function missingBinaries(selected) {
  return selected
    .map((e) => ({ engine: e, absent: e.binaries.filter((b) => !existsSync(b.path)) }))
    .filter((m) => m.absent.length > 0);
}

/** The Debian packages to install for the selected engines' missing binaries (for .ci/run). */
export function missingAptPackages(selected = selectedEngines()) {
  return [...new Set(missingBinaries(selected).flatMap((m) => m.engine.apt))];
}

/** Exits with a message naming the apt packages when a selected engine's binary is missing. */
export function assertEngines(selected = selectedEngines()) {
  const missing = missingBinaries(selected);
  if (missing.length === 0) return;
  const lines = ['Saumaton tests run in real browsers, and some are missing:'];
  for (const { engine, absent } of missing) {
    for (const b of absent) lines.push(`  ${engine.name}: no ${b.path}${b.env ? ` (or set ${b.env})` : ''}`);
  }
  lines.push(
    "Install them from Debian's packages (nothing is downloaded by the tests):",
    `  sudo apt-get install -y ${missingAptPackages(selected).join(' ')}`,
    'or run only the engines you have, e.g. SAUMATON_ENGINES=chromium npm test',
  );
  console.error(lines.join('\n'));
  process.exit(1);
}

/** Chromium alone, for the benchmark. */
export function assertChromium() {
  assertEngines(engines.filter((e) => e.id === 'chromium'));
}

/** The engine's version as its binary reports it, for the banner; '' when it cannot tell. */
export function engineVersion(engine) {
  const binary = engine.id === 'webkit' ? null : engine.binaries[0].path;
  try {
    if (binary) {
      return execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
        .trim()
        .replace(/ built on .*/, '');
    }
    const out = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'webkit2gtk-driver'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return `WebKitGTK ${out.replace(/-.*/, '')}`;
  } catch {
    return '';
  }
}
