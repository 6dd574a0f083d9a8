// The example portals (examples/*), each built as its README says and checked in Chromium as a
// user meets it: on its `<html lang="fi">` page the team roster shows the team in Finnish, and
// handing the coordinator role over by keyboard (Tab to the button, Enter) saves through the
// Memory adapter and reaches the framework's own handler, which the page then shows.
//
//   node test/examples/run.mjs plain-html react vue   (`npm test`: seconds each)
//   node test/examples/run.mjs angular                (`.ci/run`: installs the Angular CLI first)
//
// SKIP_BUILD=1 checks what is already in each dist/. Chromium comes from scripts/browsers.mjs
// (CHROME_PATH overrides it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import puppeteer from 'puppeteer-core';
import { serveSite, until } from '../site.mjs';
import { chromeArgs, chromePath } from '../../scripts/browsers.mjs';

const root = join(import.meta.dirname, '../..');
const at = (dir) => join(root, 'examples', dir);

/** How each example is installed, built, and where its site is; `npm` runs in the repository. */
const examples = {
  // The embed folder as a portal without a bundler deploys it, under the strictest policy it may set.
  'plain-html': {
    name: 'plain HTML (the embed folder, no bundler)',
    build: [['npm', ['run', 'build', '-w', '@saumaton/example-plain-html']]],
    site: at('plain-html/dist'),
    csp: "default-src 'self'; script-src 'self'; require-trusted-types-for 'script'",
  },
  react: {
    name: 'React 19 + Vite',
    build: [['npm', ['run', 'build', '-w', '@saumaton/example-react']]],
    site: at('react/dist'),
  },
  vue: {
    name: 'Vue 3 + Vite',
    build: [['npm', ['run', 'build', '-w', '@saumaton/example-vue']]],
    site: at('vue/dist'),
  },
  // Its own npm project: `npm ci` there installs the Angular CLI and packs the Saumaton packages.
  angular: {
    name: 'Angular 21 (Angular CLI, application builder)',
    build: [
      ['npm', ['ci', '--no-audit', '--no-fund', '--prefix', at('angular')]],
      ['npm', ['run', 'build', '--prefix', at('angular')]],
    ],
    site: at('angular/dist/browser'),
  },
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in examples));
if (chosen.length === 0 || unknown.length > 0) {
  console.error(`usage: node test/examples/run.mjs <${Object.keys(examples).join('|')}>…`);
  process.exit(1);
}

/** The checks, in one page of one site. Throws on the first that fails. */
async function check(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // Every request answered (browsers ask for /favicon.ico on their own; the examples have none).
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      problems.push(`${response.status()} for ${response.url()}`);
    }
  });
  page.on('console', (message) => {
    if (/Failed to load resource/.test(message.text())) return; // reported by URL above
    if (message.type() === 'error' || /Failed to resolve component/.test(message.text())) {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  await page.goto(url);
  if ((await page.evaluate(() => document.documentElement.lang)) !== 'fi') throw new Error('the page is not lang="fi"');

  // The team, in Finnish: the summary names the coordinator, the heading is the Finnish one.
  const summaryIncludes = (text) =>
    document
      .querySelector('saumaton-team-roster')
      ?.shadowRoot?.querySelector('.summary')
      ?.textContent.replace(/\s+/g, ' ')
      .includes(text);
  await until(
    page,
    'the team in Finnish ("Koordinaattori: Leena Korhonen")',
    summaryIncludes,
    'Koordinaattori: Leena Korhonen',
  );
  const heading = await page.evaluate(() =>
    document.querySelector('saumaton-team-roster').shadowRoot.querySelector('h2')?.textContent.trim(),
  );
  if (heading !== 'Monipalvelutiimi') throw new Error(`the roster's heading is "${heading}", not "Monipalvelutiimi"`);
  const before = await page.evaluate(() => document.getElementById('saved')?.textContent.trim());
  if (before !== 'Ei tallennettuja muutoksia.') throw new Error(`before any save the page says "${before}"`);

  // By keyboard: Tab from the page into the roster until "Nimeä koordinaattoriksi: Maria Nyström"
  // has focus, then Enter.
  const focusedId = () =>
    page.evaluate(() => document.querySelector('saumaton-team-roster').shadowRoot.activeElement?.id ?? '');
  let reached = false;
  for (let i = 0; i < 100 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = (await focusedId()) === 'handover-m-maria';
  }
  if (!reached) throw new Error('Tab never reached the "make coordinator" button of Maria Nyström');
  const label = await page.evaluate(() =>
    document.querySelector('saumaton-team-roster').shadowRoot.activeElement.textContent.replace(/\s+/g, ' ').trim(),
  );
  if (label !== 'Nimeä koordinaattoriksi: Maria Nyström') throw new Error(`the focused button says "${label}"`);
  await page.keyboard.press('Enter');

  // The framework's handler got the event: the page shows what it received.
  const shown = await until(page, "the save in the framework's handler", () => {
    const text = document.getElementById('saved')?.textContent.trim() ?? '';
    return text.startsWith('Tallennettu:') && text;
  });
  const expected = 'Tallennettu: team, versio 2, koordinaattori Maria Nyström';
  if (shown !== expected) throw new Error(`after the save the page says "${shown}", not "${expected}"`);
  await until(page, 'the roster showing the new coordinator', summaryIncludes, 'Koordinaattori: Maria Nyström');
  if (problems.length > 0) throw new Error(problems.join('\n'));
  await page.close();
  return shown;
}

const profile = mkdtempSync(join(tmpdir(), 'saumaton-examples-'));
const browser = await puppeteer.launch({
  executablePath: chromePath,
  headless: true,
  args: [...chromeArgs, `--user-data-dir=${join(profile, 'chromium')}`],
  env: {
    ...process.env,
    HOME: profile,
    XDG_CONFIG_HOME: join(profile, '.config'),
    XDG_CACHE_HOME: join(profile, '.cache'),
  },
});
let failed = 0;
try {
  for (const id of chosen) {
    const example = examples[id];
    const started = performance.now();
    try {
      if (!process.env.SKIP_BUILD) {
        for (const [command, args] of example.build)
          execFileSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      }
      if (!existsSync(join(example.site, 'index.html')))
        throw new Error(`${example.site}/index.html is missing: build it first`);
      const { server, url } = await serveSite(example.site, (file) =>
        example.csp && file.endsWith('.html') ? example.csp : undefined,
      );
      try {
        const shown = await check(browser, url);
        console.log(
          `examples/${id}: ok, ${example.name}: the team in Finnish; a keyboard save reached the handler ("${shown}") (${((performance.now() - started) / 1000).toFixed(1)} s)`,
        );
      } finally {
        server.close();
      }
    } catch (error) {
      failed += 1;
      console.log(`examples/${id}: FAILED, ${example.name}: ${error.message}`);
    }
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed > 0 ? 1 : 0);
