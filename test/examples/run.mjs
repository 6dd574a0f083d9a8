// The example portals (examples/*), each built as its README says and checked in Chromium as a
// user meets it, on its `<html lang="fi">` page, every widget in Finnish and by keyboard alone:
//   - the team roster shows the team; handing the coordinator role over (Tab to the button,
//     Enter) saves through the Memory adapter, and `saumaton-saved` reaches the framework's handler;
//   - the consent form shows the client's consents by instrument; revoking one (Tab, Enter, Tab
//     to the form's submit, Enter) saves, and `saumaton-saved` reaches the same handler;
//   - the need assessment shows the service-need template read through the adapter; ticking the
//     first support need (Tab, Space) fires `saumaton-change`, which reaches the framework's handler;
//   - the plan viewer, seen by the home-help producer, shows Aino's plan (the statement that it is
//     not a decision, each producer's part); editing the producer's own part (Tab to its "Muokkaa
//     osaasi", Enter, Tab to the first service's frequency and to "Nimesi", typing, Tab to "Tallenna
//     osa", Enter) saves the part, and `saumaton-saved` (kind 'plan-part') reaches the same handler.
// The page shows what each handler received; any page error, console error or failed request
// fails the check.
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

/** The text of `selector` in the shadow root of the page's `tag`, white space collapsed (run in the page). */
const shadowText = (tag, selector) =>
  document.querySelector(tag)?.shadowRoot?.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim();

/**
 * Presses Tab from wherever the focus is until the element of `tag`'s shadow root that matches
 * `selector` has it; returns its text. Fails naming `what` after 200 presses.
 */
async function tabTo(page, what, tag, selector) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(
      (tag, selector) => {
        const active = document.querySelector(tag)?.shadowRoot?.activeElement;
        return active?.matches(selector) ? active.textContent.replace(/\s+/g, ' ').trim() : undefined;
      },
      tag,
      selector,
    );
    if (text !== undefined) return text;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** The text the page shows in its own element `id`. */
const pageText = (page, id) => page.evaluate((id) => document.getElementById(id)?.textContent.trim(), id);

/**
 * The roster: the team in Finnish; handing the coordinator role over by keyboard saves through the
 * Memory adapter and reaches the framework's handler.
 */
async function checkRoster(page) {
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
  const heading = await page.evaluate(shadowText, 'saumaton-team-roster', 'h2');
  if (heading !== 'Monipalvelutiimi') throw new Error(`the roster's heading is "${heading}", not "Monipalvelutiimi"`);
  const before = await pageText(page, 'saved');
  if (before !== 'Ei tallennettuja muutoksia.') throw new Error(`before any save the page says "${before}"`);

  // By keyboard: Tab from the page into the roster until "Nimeä koordinaattoriksi: Maria Nyström"
  // has focus, then Enter.
  const label = await tabTo(
    page,
    'the "make coordinator" button of Maria Nyström',
    'saumaton-team-roster',
    '#handover-m-maria',
  );
  if (label !== 'Nimeä koordinaattoriksi: Maria Nyström') throw new Error(`the focused button says "${label}"`);
  await page.keyboard.press('Enter');

  // The framework's handler got the event: the page shows what it received.
  const shown = await until(page, "the team's save in the framework's handler", () => {
    const text = document.getElementById('saved')?.textContent.trim() ?? '';
    return text.startsWith('Tallennettu: team') && text;
  });
  const expected = 'Tallennettu: team, versio 2, koordinaattori Maria Nyström';
  if (shown !== expected) throw new Error(`after the save the page says "${shown}", not "${expected}"`);
  await until(page, 'the roster showing the new coordinator', summaryIncludes, 'Koordinaattori: Maria Nyström');
  return shown;
}

/**
 * The consent form: Aino's consents in Finnish, grouped by instrument; revoking her consent to the
 * joint plan by keyboard (Tab to its "Peru", Enter, Tab to the form's "Peru suostumus",
 * Enter) saves and reaches the framework's handler.
 */
async function checkConsents(page) {
  const tag = 'saumaton-consent-form';
  await until(
    page,
    'the consents in Finnish ("Suostumukset", the client Aino Mäkelä, her consent to data sharing)',
    (tag) => {
      const root = document.querySelector(tag)?.shadowRoot;
      const text = root?.textContent.replace(/\s+/g, ' ') ?? '';
      return (
        root?.querySelector('#consents-heading')?.textContent.trim() === 'Suostumukset' &&
        text.includes('Aino Mäkelä') &&
        root.querySelector('[data-id="consent-aino-permit"]') !== null
      );
    },
    tag,
  );
  const groups = await page.evaluate(
    (tag) => [...document.querySelector(tag).shadowRoot.querySelectorAll('h3')].map((h) => h.textContent.trim()),
    tag,
  );
  for (const group of ['Luovutusluvat', 'Luovutuskiellot', 'Suostumukset tiettyihin asioihin']) {
    if (!groups.includes(group))
      throw new Error(`the consent form shows no "${group}" (its groups: ${groups.join(', ')})`);
  }

  const button = await tabTo(
    page,
    'the "revoke" button of the consent to the joint plan',
    tag,
    '#revoke-consent-aino-plan',
  );
  if (button !== 'Peru') throw new Error(`the focused revoke button says "${button}", not "Peru"`);
  await page.keyboard.press('Enter');
  await until(
    page,
    'the revoke form, focused',
    (tag) => document.querySelector(tag).shadowRoot.activeElement?.id === 'revoke-by',
    tag,
  );
  const submit = await tabTo(page, "the revoke form's submit button", tag, '#revoke-form [type="submit"]');
  if (submit !== 'Peru suostumus') throw new Error(`the revoke form's submit button says "${submit}"`);
  await page.keyboard.press('Enter');

  const shown = await until(page, "the consents' save in the framework's handler", () => {
    const text = document.getElementById('saved')?.textContent.trim() ?? '';
    return text.startsWith('Tallennettu: consent') && text;
  });
  const expected = 'Tallennettu: consent, 4 kirjausta, joista voimassa 2';
  if (shown !== expected) throw new Error(`after revoking the page says "${shown}", not "${expected}"`);
  return shown;
}

/**
 * The need assessment: the service-need template read through the adapter's getTemplate, titled in
 * Finnish; ticking the first support need by keyboard (Tab, Space) fires saumaton-change, which
 * reaches the framework's handler.
 */
async function checkAssessment(page) {
  const tag = 'saumaton-need-assessment';
  await until(
    page,
    'the assessment in Finnish ("Palvelutarpeen arviointi")',
    (tag) =>
      document.querySelector(tag)?.shadowRoot?.querySelector('h2')?.textContent.trim() === 'Palvelutarpeen arviointi',
    tag,
  );
  const before = await pageText(page, 'changed');
  if (before !== 'Arviointiin ei ole vastattu.') throw new Error(`before any answer the page says "${before}"`);
  await tabTo(page, 'the first support need of the assessment', tag, 'input[type="checkbox"]');
  await page.keyboard.press('Space');
  const shown = await until(page, "the assessment's change in the framework's handler", () => {
    const text = document.getElementById('changed')?.textContent.trim() ?? '';
    return text.startsWith('Arviointia muutettu') && text;
  });
  const expected = 'Arviointia muutettu: support-need-categories, vastauksia 1';
  if (shown !== expected) throw new Error(`after answering the page says "${shown}", not "${expected}"`);
  return shown;
}

/** The plan's producers, in the order the example plan lists its parts. */
const producers = [
  'Järvilaakson hyvinvointialue, aikuissosiaalityö',
  'Kotiapu Lindqvist Oy',
  'Järvilaakson kaupungin työllisyyspalvelut',
];

/**
 * The plan viewer, seen by a professional of the home-help producer: Aino's plan in Finnish (the
 * statement that it is not a decision, each producer's part); editing the producer's own part by
 * keyboard (Tab to "Muokkaa osaasi", Enter; Tab to the first service's frequency, a new one typed;
 * Tab to "Nimesi", typed; Tab to "Tallenna osa", Enter) saves the part through the Memory adapter,
 * and `saumaton-saved` (kind 'plan-part') reaches the framework's handler.
 */
async function checkPlan(page) {
  const tag = 'saumaton-plan-viewer';
  await until(
    page,
    'Aino\'s plan in Finnish ("Asiakassuunnitelma", "Suunnitelma ei ole päätös.", her producers\' parts)',
    (tag) => {
      const root = document.querySelector(tag)?.shadowRoot;
      return (
        root?.querySelector('#plan-title')?.textContent.trim() === 'Asiakassuunnitelma' &&
        root.querySelector('.disclaimer')?.textContent.includes('Suunnitelma ei ole päätös.') &&
        root.querySelectorAll('.part[data-producer]').length === 3 &&
        root.querySelector('#edit-part') !== null
      );
    },
    tag,
  );
  const disclaimer = await page.evaluate(shadowText, tag, '.disclaimer');
  const expectedDisclaimer =
    'Suunnitelma ei ole päätös. Asiakassuunnitelma on suunnittelun ja yhteensovittamisen väline. Siihen kirjattu palvelu ei ole myönnetty palvelu: palveluista päätetään erikseen, ja päätöksiin voi hakea muutosta.';
  if (disclaimer !== expectedDisclaimer) throw new Error(`the plan's disclaimer says "${disclaimer}"`);
  const parts = await page.evaluate(
    (tag) =>
      [...document.querySelector(tag).shadowRoot.querySelectorAll('.part[data-producer] > h4')].map((h) =>
        h.textContent.trim(),
      ),
    tag,
  );
  if (parts.join('|') !== producers.join('|')) throw new Error(`the plan shows the parts of ${parts.join(', ')}`);
  const partText = (tag) =>
    document
      .querySelector(tag)
      ?.shadowRoot?.querySelector('.part[data-producer="1.2.246.10.99999999.20.7"]')
      ?.textContent.replace(/\s+/g, ' ');
  if (!(await page.evaluate(partText, tag)).includes('2 krt/vko'))
    throw new Error('the home-help producer\'s part does not show its service\'s frequency "2 krt/vko"');

  const button = await tabTo(page, 'the "edit your part" button', tag, '#edit-part');
  if (button !== 'Muokkaa osaasi') throw new Error(`the focused edit button says "${button}", not "Muokkaa osaasi"`);
  await page.keyboard.press('Enter');
  await until(
    page,
    'the form of the own part, open ("Muokkaa toimijan Kotiapu Lindqvist Oy osaa")',
    (tag) =>
      document.querySelector(tag).shadowRoot.querySelector('#part-form-heading')?.textContent.trim() ===
      'Muokkaa toimijan Kotiapu Lindqvist Oy osaa',
    tag,
  );
  // Each text field: Tab to it, select what it holds, type the new text.
  const fill = async (what, selector, text) => {
    await tabTo(page, what, tag, selector);
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.type(text);
    const value = await page.evaluate(
      (tag, selector) => document.querySelector(tag).shadowRoot.querySelector(selector).value,
      tag,
      selector,
    );
    if (value !== text) throw new Error(`${what} reads "${value}" after typing "${text}"`);
  };
  await fill("the first service's frequency", '#field-service-0-frequency', '3 krt/vko');
  await fill('the name of who saves', '#field-authorName', 'Pekka Lindqvist');
  const submit = await tabTo(page, "the part form's submit button", tag, '#part-form [type="submit"]');
  if (submit !== 'Tallenna osa') throw new Error(`the part form's submit button says "${submit}", not "Tallenna osa"`);
  await page.keyboard.press('Enter');

  const shown = await until(page, "the part's save in the framework's handler", () => {
    const text = document.getElementById('saved')?.textContent.trim() ?? '';
    return text.startsWith('Tallennettu: plan-part') && text;
  });
  const expected = 'Tallennettu: plan-part, Kotiapu Lindqvist Oy, versio 2';
  if (shown !== expected) throw new Error(`after saving the part the page says "${shown}", not "${expected}"`);
  await until(
    page,
    "the producer's part showing the new frequency, the form closed",
    (tag) => {
      const root = document.querySelector(tag).shadowRoot;
      return (
        root.querySelector('#part-form') === null &&
        root.querySelector('.part[data-producer="1.2.246.10.99999999.20.7"]')?.textContent.includes('3 krt/vko')
      );
    },
    tag,
  );
  return shown;
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
  const shown = [
    await checkRoster(page),
    await checkConsents(page),
    await checkAssessment(page),
    await checkPlan(page),
  ];
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
          `examples/${id}: ok, ${example.name}: the team, the consents, the assessment and the plan in Finnish; by keyboard each reached the handler (${shown.map((s) => `"${s}"`).join('; ')}) (${((performance.now() - started) / 1000).toFixed(1)} s)`,
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
