// web-test-runner launchers for the three engines (scripts/browsers.mjs says where each lives).
// Every browser gets a scratch HOME and XDG folders, so no run writes into the real home; the
// folder is removed when the runner exits.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ChromeLauncher, chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { chromeArgs, chromePath, firefoxPath, miniBrowserPath, webkitDriverPath, xvfbRunPath } from './browsers.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'saumaton-browsers-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Environment for a browser process: HOME and the XDG folders inside the scratch folder. */
function scratchEnv(name) {
  const home = join(scratch, name);
  const dirs = {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_STATE_HOME: join(home, '.local/state'),
    XDG_RUNTIME_DIR: join(home, 'run'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  return { ...process.env, ...dirs };
}

export function chromiumLauncher() {
  const env = scratchEnv('chromium');
  const launcher = chromeLauncher({
    launchOptions: {
      executablePath: chromePath,
      headless: true,
      env,
      args: [...chromeArgs, `--user-data-dir=${join(env.HOME, 'profile')}`],
    },
  });
  launcher.name = 'Chromium';
  return launcher;
}

/**
 * Firefox ESR through puppeteer-core's WebDriver BiDi (puppeteer makes a fresh profile each run).
 * A window per test file, not a tab: Firefox throttles the timers and animation frames of a
 * background tab, which made the suite take 60 s instead of 25 s.
 */
class FirefoxLauncher extends ChromeLauncher {
  name = 'Firefox ESR';

  constructor() {
    super(
      { browser: 'firefox', executablePath: firefoxPath, headless: true, env: scratchEnv('firefox') },
      ({ browser }) => browser.defaultBrowserContext(),
      ({ context }) => context.newPage({ type: 'window' }),
    );
  }

  async initialize(config, testFiles) {
    // wtr puts its own command plugins before the config's: this one goes first (see below).
    config.plugins?.unshift(firefoxSendKeysPlugin(this));
    await super.initialize(config, testFiles);
  }
}

/**
 * send-keys for Firefox: keys go to the focused window, and with a window per test file another
 * file's window may hold the focus (then Enter on a focused button did nothing, on a busy
 * machine). The command first brings the test's window to the front.
 */
function firefoxSendKeysPlugin(launcher) {
  return {
    name: 'saumaton-firefox-send-keys',
    async executeCommand({ command, payload, session }) {
      if (command !== 'send-keys' || session.browser !== launcher) return undefined;
      const page = launcher.getPage(session.id);
      await page.bringToFront();
      if (typeof payload?.type === 'string') await page.keyboard.type(payload.type);
      else if (typeof payload?.press === 'string') await page.keyboard.press(payload.press);
      else if (typeof payload?.down === 'string') await page.keyboard.down(payload.down);
      else if (typeof payload?.up === 'string') await page.keyboard.up(payload.up);
      else return undefined;
      return true;
    },
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not listen on port ${port}`);
    await sleep(100);
  }
}

/**
 * WebKitGTK's MiniBrowser through its WebDriver, on a virtual X display (xvfb-run), one test
 * file at a time: the driver runs one window, and wtr's iframe mode (used when concurrency > 1)
 * would run every file in an iframe of it.
 */
/**
 * MiniBrowser's own toolbar (a URL entry and buttons) keeps its window at least 447 px wide. This
 * GTK style, read from the scratch XDG_CONFIG_HOME, shrinks those widgets so the window, and so
 * the page's viewport, can be 320 px wide (the reflow tests). Pages are styled by WebKit, not GTK.
 */
const MINIBROWSER_GTK_CSS =
  'entry, button, button * { padding: 0; margin: 0; min-width: 0; min-height: 0; font-size: 1px; border-width: 0; }\n';
class WebKitLauncher extends WebdriverLauncher {
  concurrency = 1;
  driverProcess;

  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    });
  }

  async initialize(config, testFiles) {
    const port = await freePort();
    const env = scratchEnv('webkit');
    mkdirSync(join(env.XDG_CONFIG_HOME, 'gtk-3.0'), { recursive: true });
    writeFileSync(join(env.XDG_CONFIG_HOME, 'gtk-3.0', 'gtk.css'), MINIBROWSER_GTK_CSS);
    const driver = spawn(
      xvfbRunPath,
      ['-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', webkitDriverPath, `--port=${port}`],
      { detached: true, env, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    this.driverProcess = driver;
    process.on('exit', () => this.killDriver());
    await waitForPort(port, driver);
    this.options.port = port;
    // One window, one file at a time (see above), whatever the other engines' concurrency.
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
    // wtr's own set-viewport command knows puppeteer and playwright only, and wtr puts its
    // command plugins before the config's: this one goes first, for this launcher's sessions.
    config.plugins?.unshift(webdriverViewportPlugin(this));
  }

  /** Sizes the window so that the page's viewport is `width` × `height` CSS pixels. */
  async setViewport(_sessionId, { width, height }) {
    const driver = this.driver;
    for (let attempt = 0; attempt < 3; attempt++) {
      const [innerWidth, innerHeight] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
      if (innerWidth === width && innerHeight === height) return;
      const rect = await driver.getWindowRect();
      await driver.setWindowRect(null, null, rect.width + width - innerWidth, rect.height + height - innerHeight);
    }
    const [innerWidth, innerHeight] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    if (innerWidth !== width || innerHeight !== height) {
      throw new Error(`WebKit's viewport is ${innerWidth}×${innerHeight}, not ${width}×${height}`);
    }
  }

  /**
   * Types one key per WebDriver action sequence: in one sequence, WebKitGTK drops the second of
   * two equal keys in a row ("tt" arrives as "t").
   */
  async sendKeys(_sessionId, keys) {
    for (const key of keys) await this.driver.keys([key]);
  }

  async stop() {
    await super.stop();
    this.killDriver();
  }

  killDriver() {
    const child = this.driverProcess;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    try {
      // xvfb-run, Xvfb, the driver and MiniBrowser share the process group started here.
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

function webdriverViewportPlugin(launcher) {
  return {
    name: 'saumaton-webkit-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-viewport' || session.browser !== launcher) return undefined;
      await launcher.setViewport(session.id, payload);
      return true;
    },
  };
}

export function webkitLauncher() {
  return new WebKitLauncher();
}

export function firefoxLauncher() {
  return new FirefoxLauncher();
}
