// The demo portal (packages/demo-portal), built as `npm run build -w demo-portal` builds it and
// served from its dist/ with each page's own Content-Security-Policy, checked in Chromium as a
// user meets it:
//
//   - the county portal walks one client's multi-service process in order: six numbered steps
//     with their headings in Finnish (identified, consent to start, team convened, the
//     service-need assessment with the meter, the shared plan, follow-up), each with what it
//     shows (the client's details and who raised the need, her consents with the one to start
//     the process, the team with its coordinator, the assessment, the plan, the meter on its
//     own), the nav jumping to each; the steps follow one another and the page reflows at 320 px;
//   - switching the language to Swedish localizes the portal, its steps and the widgets;
//   - a professional revokes a consent by keyboard alone (the nav link of step 2 takes the focus
//     to the consents, Tab reaches "Peru", the form is filled and sent with the keyboard): it is
//     saved, the portal's toast says so, and a reload (IndexedDB) still shows it revoked;
//   - Aino's service-need assessment: an answer typed and not saved is restored from the device
//     after a reload (said so), then saved (the toast), and after another reload it is the saved
//     one; her life-situation meter shows its charts and the table of her four readings;
//   - Aino's client plan states that a service in it is not a granted one, shows the three
//     producers' parts, and lets the county edit its common sections and its own part only;
//   - follow-up: a professional takes a new reading of the life-situation meter by keyboard
//     alone; it is a fifth row in the trend's table, and after a reload it still is, in the
//     assessment's meter too, and in the plan's goal trends;
//   - a client viewer reads the consents with the client's note and no way to revoke, and takes
//     no reading; the turvakielto client's record shows her statutory exception and that the
//     records do not say who raised her need; the demo's reset puts the revoked consent back in
//     force;
//   - the private provider's portal (producer.html) embeds only the plan viewer and the consent
//     form: its professional edits only the producer's own part, by keyboard (the frequency of
//     its service changed and saved, the page's toast), a reload keeps it, and the county's
//     portal shows it with only the county's own part editable; its intake form for a new client
//     refuses a send without a consent, with the widget's own message; answered, the page shows
//     the FormData it would send, the consent among it, summarised (decision, instrument, date)
//     and as JSON;
//   - axe-core finds no violation on either page (the county portal in both viewers' states, the
//     producer's page with its plan loaded and after its intake form was sent).
//
// Any page error, console error, failed request or CSP violation fails the run.
//
//   node test/demo/run.mjs        (`npm test`; about a minute)
//
// SKIP_BUILD=1 checks what is already in packages/demo-portal/dist. Chromium comes from
// scripts/browsers.mjs (CHROME_PATH overrides it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import puppeteer from 'puppeteer-core';
import { serveSite, until } from '../site.mjs';
import { chromeArgs, chromePath } from '../../scripts/browsers.mjs';

const root = join(import.meta.dirname, '../..');
const site = join(root, 'packages/demo-portal/dist');
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

if (!process.env.SKIP_BUILD) {
  execFileSync('npm', ['run', 'build', '-w', 'demo-portal'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
for (const page of ['index.html', 'producer.html']) {
  if (!existsSync(join(site, page))) {
    console.log(`demo: FAILED, ${join(site, page)} is missing: build the demo first`);
    process.exit(1);
  }
}

/** The policy a built page declares in its `<meta http-equiv="Content-Security-Policy">`. */
function policyOf(file) {
  const html = readFileSync(file, 'utf8');
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!policy?.includes("script-src 'self'")) throw new Error(`${file} declares no strict script policy`);
  return policy;
}

/** The server for dist/, sending each page's policy as a header too, as a web server would. */
function serve() {
  const policies = {
    'index.html': policyOf(join(site, 'index.html')),
    'producer.html': policyOf(join(site, 'producer.html')),
  };
  return serveSite(site, (file) => policies[file]);
}

function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

// ---- what the checks read in the page ------------------------------------------------------------

const ROSTER = 'saumaton-team-roster';
const CONSENTS = 'saumaton-consent-form';
const ASSESSMENT = '#need-assessment';
/** Step 6: the life-situation meter on its own. */
const METER = '#follow-up-meter';
const PLAN = 'saumaton-plan-viewer';
const DISCLAIMER =
  'Asiakassuunnitelma on suunnittelun ja yhteensovittamisen väline. Siihen kirjattu palvelu ei ole myönnetty palvelu';

/** The text of `selector` in the shadow root of the element `host`, whitespace collapsed (runs in the page). */
const shadowText = (host, selector) =>
  document.querySelector(host)?.shadowRoot?.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Waits until the text of `selector` in the shadow root of `host`, whitespace collapsed, is `want`
 * (or, with `includes`, contains it).
 */
function untilShadowText(page, what, host, selector, want, includes = false) {
  return until(
    page,
    what,
    (host, selector, want, includes) => {
      const text = document
        .querySelector(host)
        ?.shadowRoot?.querySelector(selector)
        ?.textContent.replace(/\s+/g, ' ')
        .trim();
      return text !== undefined && (includes ? text.includes(want) : text === want);
    },
    host,
    selector,
    want,
    includes,
  );
}

/** True, in the page, when the element with `id` in the shadow root of `host` has focus. */
const focusedIn = (host, id) => document.querySelector(host)?.shadowRoot?.activeElement?.id === id;

/** Tabs forward until `reached(...args)` (run in the page) is true; fails after `max` presses. */
async function tabUntil(page, what, max, reached, ...args) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(reached, ...args)) return i;
  }
  throw new Error(`${max} presses of Tab never reached ${what}`);
}

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core, every rule, on the whole page as it is now (the widgets' open shadow roots
 * included); fails on any violation.
 */
async function expectAccessible(page, what) {
  // Put in through the DevTools protocol, which the page's script policy does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    // A node in a shadow root is targeted by its path: [[host, selector in its shadow root]].
    return violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.flat().join(' >>> '))
          .join(', ')}`,
    );
  });
  if (violations.length > 0) throw new Error(`axe finds on ${what}:\n  ${violations.join('\n  ')}`);
}

// ---- the checks ---------------------------------------------------------------------------------

const steps = [];
async function step(name, run) {
  const since = performance.now();
  const note = await run();
  steps.push(`  ok  ${name}${note ? `, ${note}` : ''} (${seconds(since)})`);
}

/** The steps of the client's path, as their headings read in Finnish: the number, then the step. */
const STEPS = [
  ['identified', '1 Tunnistaminen'],
  ['consents', '2 Suostumus aloittamiseen'],
  ['team', '3 Monipalvelutiimin kokoaminen'],
  ['assessment', '4 Palvelutarpeen arviointi ja elämäntilannemittari'],
  ['plan', '5 Yhteinen asiakassuunnitelma'],
  ['follow-up', '6 Seuranta ja arviointi'],
];

/** The rows of the readings' table in the trend of the meter in `host`'s shadow root (the first trend there). */
const readingRows = (host) =>
  document.querySelector(host)?.shadowRoot?.querySelector('.meter-trend table')?.tBodies[0]?.rows.length ?? 0;

/** Waits until the trend of the meter in `host` has `count` readings (with `count` 0: any). */
function untilReadings(page, what, host, count) {
  return until(
    page,
    what,
    (host, count) => {
      const rows =
        document.querySelector(host)?.shadowRoot?.querySelector('.meter-trend table')?.tBodies[0]?.rows.length ?? 0;
      return count ? rows === count : rows > 0;
    },
    host,
    count,
  );
}

const FI = {
  team: 'Monipalvelutiimi',
  consents: 'Suostumukset',
  inForce: 'Voimassa',
  revoked: 'Peruttu',
  exceptions: 'Lakiin perustuvat poikkeukset suostumuksesta',
  clientNote: 'Mitä voit tehdä',
};

async function checkPortal(page, url) {
  await step('the portal walks the process: six numbered steps in order, each with what it shows (fi)', async () => {
    await page.goto(url);
    expectEqual(await page.evaluate(() => document.documentElement.lang), 'fi', 'the page language');
    const steps = await page.evaluate(() =>
      [...document.querySelectorAll('#steps > section')].map((section) => {
        const heading = section.querySelector(':scope > h2');
        return {
          id: section.id,
          heading: heading?.textContent.replace(/\s+/g, ' ').trim(),
          labelled: section.getAttribute('aria-labelledby') === heading?.id,
          intro: Boolean(section.querySelector(':scope > .step__intro')?.textContent.trim()),
          shows: [...section.querySelectorAll(':scope > [id]:not(h2)')].map((el) => `${el.localName}#${el.id}`),
        };
      }),
    );
    expectEqual(
      steps.map(({ id, heading }) => [id, heading]),
      STEPS,
      'the steps in order',
    );
    for (const { id, labelled, intro } of steps) {
      if (!labelled || !intro)
        throw new Error(`step #${id} is not labelled by its heading or says nothing of the step`);
    }
    expectEqual(
      steps.map((s) => s.shows),
      [
        ['section#client-summary'],
        ['saumaton-consent-form#consent-record'],
        ['saumaton-team-roster#roster'],
        ['saumaton-need-assessment#need-assessment'],
        ['saumaton-plan-viewer#plan-viewer'],
        ['saumaton-need-assessment#follow-up-meter'],
      ],
      'what each step shows',
    );
    const nav = await page.evaluate(() =>
      [...document.querySelectorAll('.site-nav a')].map((a) => [
        a.getAttribute('href'),
        a.textContent.replace(/\s+/g, ' ').trim(),
      ]),
    );
    expectEqual(
      nav,
      [
        ['#identified', '1 Tunnistaminen'],
        ['#consents', '2 Suostumus'],
        ['#team', '3 Tiimi'],
        ['#assessment', '4 Arviointi'],
        ['#plan', '5 Suunnitelma'],
        ['#follow-up', '6 Seuranta'],
        ['#demo-settings', 'Esittelyn asetukset'],
        ['producer.html', 'Palvelusetelituottajan portaali'],
      ],
      'the nav',
    );

    // 1: who she is, and who raised the need and when.
    await until(page, "the client's details", () =>
      document.getElementById('summary-raised-by')?.textContent.includes('('),
    );
    const summary = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('#client-summary .summary__item:not([hidden])')].map((item) => [
          item.querySelector('dt').textContent.trim(),
          item.querySelector('dd').textContent.trim(),
        ]),
      ),
    );
    expectEqual(
      summary,
      {
        Henkilötunnus: '120488-****',
        Asiointikieli: 'suomi',
        Turvakielto: 'Ei',
        'Aloitteen teki': 'Aino Mäkelä (asiakas itse)',
        Milloin: '23.11.2026 (yhteydenotto)',
        Tarve: 'Vuokra on kahden kuukauden jäljessä, ja Aino pyysi apua raha-asioihin ja asumiseen.',
      },
      "step 1, the client's details",
    );
    // 2: her consent to start the process among her consents.
    await untilShadowText(page, 'the consents in Finnish', CONSENTS, '#consents-heading', FI.consents);
    await untilShadowText(
      page,
      'her consent to start the multi-service process',
      CONSENTS,
      '#title-consent-aino-process',
      'Monipalveluprosessin aloittaminen',
      true,
    );
    const permit = await page.evaluate(shadowText, CONSENTS, '#title-consent-aino-permit');
    if (!permit.startsWith('Luovutuslupa:') || !permit.endsWith(FI.inForce)) {
      throw new Error(`Aino's consent to data sharing reads "${permit}", not "Luovutuslupa: … ${FI.inForce}"`);
    }
    expectEqual(await page.evaluate(shadowText, CONSENTS, 'header p'), 'Asiakas: Aino Mäkelä', 'whose consents');
    // 3: the team with its coordinator.
    await untilShadowText(page, 'the team in Finnish', ROSTER, '.summary', 'Koordinaattori: Leena Korhonen', true);
    expectEqual(await page.evaluate(shadowText, ROSTER, 'h2'), FI.team, "the roster's heading");
    // 6: the meter on its own, its readings, and a way to take a new one.
    await untilReadings(page, 'the follow-up meter with its readings', METER, 0);
    await until(
      page,
      'the follow-up meter\'s "Lisää mittaus"',
      (host) => document.querySelector(host)?.shadowRoot?.querySelector('#meter-add'),
      METER,
    );
  });

  await step('the steps follow one another; the nav jumps to each; reflows at 320 px', async () => {
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('#steps > section')].map((section) => {
        const r = section.getBoundingClientRect();
        return { top: Math.round(r.top), bottom: Math.round(r.bottom), left: Math.round(r.left) };
      }),
    );
    for (let i = 1; i < boxes.length; i++) {
      if (!(boxes[i].top >= boxes[i - 1].bottom && boxes[i].left === boxes[0].left)) {
        throw new Error(`step ${i + 1} does not follow step ${i}: ${JSON.stringify(boxes)}`);
      }
    }
    await page.click('.site-nav a[href="#follow-up"]');
    await until(page, 'step 6 scrolled into view', () => {
      const top = document.getElementById('follow-up').getBoundingClientRect().top;
      return top >= 0 && top < 100;
    });
    // Narrowed from a wide window, as zooming in does: the cards off screen (`content-visibility:
    // auto`, not laid out) must not keep the width they last had.
    await page.setViewport({ width: 320, height: 800 });
    const narrowed = await page.evaluate(() => document.documentElement.scrollWidth);
    if (narrowed > 320) throw new Error(`narrowed to 320 px the page is ${narrowed} px wide: it does not reflow`);
    // And loaded at 320 px.
    await page.goto(url);
    await untilShadowText(page, 'the consents at 320 px', CONSENTS, '#consents-heading', FI.consents);
    await untilShadowText(page, 'the team at 320 px', ROSTER, 'h2', FI.team);
    await untilReadings(page, 'the follow-up meter at 320 px', METER, 0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) throw new Error(`at 320 px the page is ${width} px wide: it does not reflow`);
    await page.setViewport({ width: 1280, height: 900 });
    await page.reload();
    await untilShadowText(page, 'the consents at 1280 px', CONSENTS, '#consents-heading', FI.consents);
  });

  await step('Swedish localizes the portal, its steps and the widgets', async () => {
    await page.select('#locale-select', 'sv');
    await untilShadowText(page, 'the roster in Swedish', ROSTER, 'h2', 'Multiserviceteam');
    await untilShadowText(page, 'the consents in Swedish', CONSENTS, '#consents-heading', 'Samtycken');
    const permit = await page.evaluate(shadowText, CONSENTS, '#title-consent-aino-permit');
    if (!permit.startsWith('Tillstånd för utlämnande:')) throw new Error(`the permit reads "${permit}" in Swedish`);
    const chrome = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      consentsLink: document.querySelector('.site-nav a[href="#consents"]').textContent.replace(/\s+/g, ' ').trim(),
      firstStep: document.querySelector('#identified > h2').textContent.replace(/\s+/g, ' ').trim(),
      lastStep: document.querySelector('#follow-up > h2').textContent.replace(/\s+/g, ' ').trim(),
      raisedBy: document.getElementById('summary-raised-by').textContent,
    }));
    expectEqual(
      chrome,
      {
        lang: 'sv',
        consentsLink: '2 Samtycke',
        firstStep: '1 Identifiering',
        lastStep: '6 Uppföljning och utvärdering',
        raisedBy: 'Aino Mäkelä (klienten själv)',
      },
      'the portal in Swedish',
    );
    await page.select('#locale-select', 'fi');
    await untilShadowText(page, 'the consents back in Finnish', CONSENTS, '#consents-heading', FI.consents);
  });

  await step('a professional revokes a consent by keyboard; the toast says it was saved', async () => {
    // From the top of the page to the nav link, whose Enter takes the keyboard to the consents.
    await page.evaluate(() => document.activeElement?.blur());
    await tabUntil(page, 'the nav link "2 Suostumus"', 10, () => document.activeElement?.hash === '#consents');
    await page.keyboard.press('Enter');
    const presses = await tabUntil(
      page,
      'the "Peru" button of the consent to data sharing',
      20,
      focusedIn,
      CONSENTS,
      'revoke-consent-aino-permit',
    );
    expectEqual(await page.evaluate(shadowText, CONSENTS, '#revoke-consent-aino-permit'), 'Peru', 'the focused button');
    await page.keyboard.press('Enter');
    await until(page, 'the revocation form, focused', focusedIn, CONSENTS, 'revoke-by');
    await tabUntil(page, 'the reason field', 6, focusedIn, CONSENTS, 'revoke-reason');
    await page.keyboard.type('Asiakas perui luvan puhelimessa.');
    await tabUntil(page, "the recorder's name", 3, focusedIn, CONSENTS, 'revoke-professional');
    await page.keyboard.type('Leena Korhonen');
    await tabUntil(
      page,
      'the "Peru suostumus" button',
      4,
      (host) => {
        const focused = document.querySelector(host)?.shadowRoot?.activeElement;
        return focused?.type === 'submit' && focused.textContent.trim() === 'Peru suostumus';
      },
      CONSENTS,
    );
    await page.keyboard.press('Enter');
    const toast = await until(page, "the portal's toast", () =>
      document.getElementById('toast-region')?.textContent.trim(),
    );
    expectEqual(toast, 'Suostumus peruttu ja tallennettu.', 'the toast');
    await untilShadowText(
      page,
      'the consent shown as revoked',
      CONSENTS,
      '#title-consent-aino-permit .validity',
      FI.revoked,
    );
    const revocable = await page.evaluate(
      (host) => Boolean(document.querySelector(host).shadowRoot.querySelector('#revoke-consent-aino-permit')),
      CONSENTS,
    );
    if (revocable) throw new Error('the revoked consent still offers "Peru"');
    return `${presses} presses of Tab from the nav link to "Peru"`;
  });

  await step('a reload keeps the revocation (IndexedDB)', async () => {
    await page.reload();
    await untilShadowText(
      page,
      'the consent revoked after a reload',
      CONSENTS,
      '#title-consent-aino-permit .validity',
      FI.revoked,
    );
    const history = await page.evaluate(shadowText, CONSENTS, '.consent[data-id="consent-aino-permit"] .history');
    if (!history.includes('Asiakas perui luvan puhelimessa.')) {
      throw new Error(`the consent's history after a reload reads "${history}"`);
    }
  });

  await step('an answer kept on this device survives a reload, is saved, and the meter shows its trend', async () => {
    await untilShadowText(
      page,
      'the assessment in Finnish',
      ASSESSMENT,
      '#record-title',
      'Palvelutarpeen arviointi',
      true,
    );
    // The first open text question: typed into as a user does, then the page reloads before any save.
    const answer = (host) => document.querySelector(host)?.shadowRoot?.querySelector('.answers textarea');
    await until(page, 'a text question', answer, ASSESSMENT);
    await page.evaluate(
      (host) => document.querySelector(host).shadowRoot.querySelector('.answers textarea').focus(),
      ASSESSMENT,
    );
    await page.keyboard.press('End');
    await page.keyboard.type(' Kirjattu ennen katkosta.');
    // Every change is on the device once the widget has settled (its draft written).
    await page.evaluate(() => document.querySelector('saumaton-need-assessment').updateComplete);
    await page.reload();
    await until(
      page,
      'the answers restored from this device',
      (host) => document.querySelector(host)?.shadowRoot?.querySelector('.notice.restored'),
      ASSESSMENT,
    );
    // The form itself may follow the notice: the parts of the engine a template needs load first.
    await until(
      page,
      'the form of the restored assessment',
      (host) => document.querySelector(host)?.shadowRoot?.querySelector('.answers textarea'),
      ASSESSMENT,
    );
    const restored = await page.evaluate(
      (host) => document.querySelector(host).shadowRoot.querySelector('.answers textarea')?.value ?? '',
      ASSESSMENT,
    );
    if (!restored.endsWith(' Kirjattu ennen katkosta.'))
      throw new Error(`after the reload the answer reads "${restored}"`);
    // Saved to the service (IndexedDB here): the toast, and after another reload nothing is "restored".
    await page.evaluate((host) => document.querySelector(host).save(), ASSESSMENT);
    await until(page, "the portal's toast", () =>
      document.getElementById('toast-region')?.textContent.includes('Arviointi tallennettu.'),
    );
    await page.reload();
    await untilShadowText(
      page,
      'the assessment after a reload',
      ASSESSMENT,
      '#record-title',
      'Palvelutarpeen arviointi',
      true,
    );
    await until(
      page,
      'the saved answer',
      (host) =>
        document
          .querySelector(host)
          ?.shadowRoot?.querySelector('.answers textarea')
          ?.value.endsWith(' Kirjattu ennen katkosta.'),
      ASSESSMENT,
    );
    const notice = await page.evaluate(
      (host) => Boolean(document.querySelector(host).shadowRoot.querySelector('.notice.restored')),
      ASSESSMENT,
    );
    if (notice) throw new Error('a saved assessment still says it was restored from this device');
    // The life-situation meter: a chart per area and the table of Aino's four readings.
    await until(
      page,
      'the meter table',
      (host) => document.querySelector(host)?.shadowRoot?.querySelectorAll('.meter table tbody tr').length === 4,
      ASSESSMENT,
    );
    const charts = await page.evaluate(
      (host) => document.querySelector(host).shadowRoot.querySelectorAll('.meter svg[role="img"]').length,
      ASSESSMENT,
    );
    if (charts < 1) throw new Error('the meter draws no chart');
    return `${charts} charts`;
  });

  await step("Aino's plan: the disclaimer, three producers' parts, the county edits only its own", async () => {
    await expectPlan(page, 'the county', { common: true });
  });

  await step('axe: the whole process, as a professional sees it', async () => {
    await expectAccessible(page, 'the county portal (a professional)');
  });

  await step(
    'follow-up: a new meter reading taken by keyboard is at once in every trend of the meter (the assessment’s, the plan’s goals), and kept',
    async () => {
      const before = await page.evaluate(readingRows, METER);
      expectEqual(before, 4, 'readings in the trend before the follow-up');
      // The nav link of step 6, whose Enter takes the keyboard there.
      await page.focus('.site-nav a[href="#follow-up"]');
      await page.keyboard.press('Enter');
      const presses = await tabUntil(page, '"Lisää mittaus"', 10, focusedIn, METER, 'meter-add');
      await page.keyboard.press('Enter');
      await until(page, 'the form of a new reading, focused on its day', focusedIn, METER, 'meter-reading-date');
      // The day is today unless changed; who rated: the client (Space on the first choice).
      const focusedMatches = (host, selector) =>
        Boolean(document.querySelector(host)?.shadowRoot?.activeElement?.matches(selector));
      await tabUntil(page, 'who rated', 6, focusedMatches, METER, 'input[name="meter-rater"][value="client"]');
      await page.keyboard.press('Space');
      // Each of the ten areas, typed into its select.
      const ratings = ['7', '7', '5', '7', '8', '6', '4', '7', '7', '6'];
      for (const rating of ratings) {
        await tabUntil(page, 'the next area', 2, focusedMatches, METER, '.meter-areas select');
        await page.keyboard.type(rating);
      }
      const typed = await page.evaluate(
        (host) =>
          [...document.querySelector(host).shadowRoot.querySelectorAll('.meter-areas select')].map((s) => s.value),
        METER,
      );
      expectEqual(typed, ratings, 'the ratings as chosen by keyboard');
      await tabUntil(
        page,
        'the "Tallenna mittaus" button',
        3,
        (host) => {
          const focused = document.querySelector(host)?.shadowRoot?.activeElement;
          return focused?.type === 'submit' && focused.textContent.trim() === 'Tallenna mittaus';
        },
        METER,
      );
      await page.keyboard.press('Enter');
      await untilReadings(page, 'a fifth reading in the trend', METER, 5);
      await until(page, 'the focus back on "Lisää mittaus"', focusedIn, METER, 'meter-add');
      const today = await page.evaluate(() =>
        new Intl.DateTimeFormat('fi', {
          timeZone: 'Europe/Helsinki',
          day: 'numeric',
          month: 'numeric',
          year: 'numeric',
        }).format(new Date()),
      );
      /** The new reading's row in the trend's table of `host`: its day, who rated, and each value. */
      const rowOf = (host, day) => {
        const table = document.querySelector(host)?.shadowRoot?.querySelector('.meter-trend table');
        const row = [...(table?.tBodies[0]?.rows ?? [])].findLast((r) => r.cells[0].textContent.trim() === day);
        return row ? [...row.cells].map((c) => c.textContent.replace(/\s+/g, ' ').trim()) : undefined;
      };
      const row = await page.evaluate(rowOf, METER, today);
      expectEqual(
        row?.slice(0, 4),
        [today, 'Asiakas', '7 (Kohtalainen)', '7 (Kohtalainen)'],
        'the new reading in the table',
      );

      /** The new reading in the plan's goal trends (finances, housing), each with five rows (runs in the page). */
      const inGoalTrends = (host, day) => {
        const tables = [...(document.querySelector(host)?.shadowRoot?.querySelectorAll('.meter-trend table') ?? [])];
        const rows = tables.map((t) => [...t.tBodies[0].rows].find((r) => r.cells[0].textContent.trim() === day));
        return tables.length >= 2 && rows.every(Boolean) && tables.every((t) => t.tBodies[0].rows.length === 5)
          ? rows.map((r) => [t(r.cells[0]), t(r.cells[2])].join(': '))
          : false;
        function t(cell) {
          return cell.textContent.replace(/\s+/g, ' ').trim();
        }
      };
      const inPlan = [`${today}: 4 (Tarvitsee tukea)`, `${today}: 5 (Tarvitsee tukea)`];
      // Live: the assessment's meter (step 4) and the plan's goals (step 5) take the reading in at once.
      await untilReadings(page, "five readings in the assessment's meter at once", ASSESSMENT, 5);
      expectEqual(
        await until(page, "the new reading in the plan's goal trends at once", inGoalTrends, PLAN, today),
        inPlan,
        "the new reading in the plan's trends (finances, housing), without a reload",
      );
      // And kept: after a reload, everywhere.
      await page.reload();
      await untilReadings(page, 'five readings in the follow-up trend after a reload', METER, 5);
      await untilReadings(page, "five readings in the assessment's meter too", ASSESSMENT, 5);
      expectEqual(
        await until(page, "the new reading in the plan's goal trends after a reload", inGoalTrends, PLAN, today),
        inPlan,
        "the new reading in the plan's trends (finances, housing), after a reload",
      );
      return `${presses} presses of Tab from the nav link to "Lisää mittaus"`;
    },
  );

  await step('follow-up: the team records the review in the plan by keyboard; it is kept after a reload', async () => {
    /** The plan's follow-up section's text once it includes `words` (runs in the page). */
    const followUpWith = (words) => {
      const text =
        document
          .querySelector('saumaton-plan-viewer')
          ?.shadowRoot?.querySelector('[aria-labelledby="follow-up-heading"]')
          ?.textContent.replace(/\s+/g, ' ')
          .trim() ?? '';
      return text.includes(words) ? text : false;
    };
    await page.evaluate(
      (host) => document.querySelector(host).shadowRoot.getElementById('record-review').focus(),
      PLAN,
    );
    await page.keyboard.press('Enter');
    await until(page, 'the review form, on its day', focusedIn, PLAN, 'field-date');
    // Tab walks the day, month and year of the date field first.
    await tabUntil(page, "the client's feedback", 5, focusedIn, PLAN, 'field-clientFeedback');
    await page.keyboard.type('Arki sujuu, kun laskut ovat hallinnassa.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tiimi: vuokrarästit maksettu.');
    await page.keyboard.press('Tab');
    // The first goal (finances): typing the start of "Paranemassa" chooses it.
    await page.keyboard.type('Pa');
    // The next review as a date picker sets it: a date field's keys differ by browser language.
    await page.evaluate((host) => {
      const field = document.querySelector(host).shadowRoot.getElementById('field-nextReviewDate');
      field.value = '2027-03-09';
      field.dispatchEvent(new window.Event('input', { bubbles: true }));
    }, PLAN);
    await page.evaluate(
      (host) => document.querySelector(host).shadowRoot.getElementById('field-recordedBy').focus(),
      PLAN,
    );
    await page.keyboard.type('Leena Korhonen');
    await page.keyboard.press('Enter');
    await until(page, 'the review saved and shown', followUpWith, 'Arki sujuu, kun laskut');
    await page.reload();
    await until(page, 'the review after a reload', followUpWith, 'Tiimi: vuokrarästit maksettu.');
    // The newest review held, first in the list: what was recorded, in Finnish.
    const shown = await page.evaluate(
      (host) =>
        document.querySelector(host).shadowRoot.querySelector('.reviews li').textContent.replace(/\s+/g, ' ').trim(),
      PLAN,
    );
    for (const words of [
      'Arki sujuu, kun laskut ovat hallinnassa.',
      'Tiimi: vuokrarästit maksettu.',
      ': Paranemassa',
      '9.3.2027',
      'Leena Korhonen',
    ])
      if (!shown.includes(words)) throw new Error(`the recorded review lacks "${words}": ${shown}`);
  });

  await step(
    "a client reads with the client's note and takes no reading; the turvakielto client's statutory exception",
    async () => {
      await page.click('input[name="viewer"][value="client"]');
      await untilShadowText(page, 'the note for a client', CONSENTS, '#client-note-heading', FI.clientNote);
      const actions = await page.evaluate(
        (host) => document.querySelector(host).shadowRoot.querySelectorAll('[id^="revoke-"], [id^="record-"]').length,
        CONSENTS,
      );
      expectEqual(actions, 0, 'buttons to record or revoke for a client viewer');
      await until(
        page,
        'the follow-up meter without "Lisää mittaus" for a client',
        (host) => {
          const root = document.querySelector(host)?.shadowRoot;
          return root?.querySelector('.meter-trend table') && !root.querySelector('#meter-add');
        },
        METER,
      );
      await expectAccessible(page, 'the county portal (the client)');
      await page.select('#client-select', 'client-sanna');
      await untilShadowText(page, "Sanna's consents", CONSENTS, 'header p', 'Asiakas: Sanna Östman');
      await untilShadowText(page, "Sanna's statutory exception", CONSENTS, '#group-exceptions', FI.exceptions);
      // No assessment of hers: the records do not say who raised her need, and the page says so.
      await until(
        page,
        "Sanna's details",
        () => document.getElementById('summary-raised-by').textContent === 'Ei kirjattu',
      );
      expectEqual(
        await page.evaluate(() => {
          const note = document.getElementById('summary-not-recorded');
          return note.hidden ? '' : note.textContent.trim();
        }),
        'Asiakastiedoissa ei ole kirjattu, kuka tarpeen tunnisti ja milloin.',
        'what step 1 says of a need nobody recorded',
      );
      await page.click('input[name="viewer"][value="professional"]');
      await page.select('#client-select', 'client-aino');
    },
  );

  await step('the reset puts the example consents back', async () => {
    await untilShadowText(page, "Aino's consents", CONSENTS, 'header p', 'Asiakas: Aino Mäkelä');
    await page.click('#reset-button');
    await until(page, 'the reset', () => document.getElementById('toast-region')?.textContent.includes('palautettu'));
    expectEqual(
      await page.evaluate(() => document.getElementById('toast-region').textContent.trim()),
      'Esittelyn tiedot palautettu.',
      'the toast',
    );
    await untilShadowText(
      page,
      'the revoked consent back in force',
      CONSENTS,
      '#title-consent-aino-permit .validity',
      FI.inForce,
    );
  });
}

/**
 * Aino's plan as `who` sees it: the disclaimer, the three producers' parts, exactly one of them
 * (`who`'s own) editable, and the common sections editable by the responsible unit only.
 */
async function expectPlan(page, who, { common }) {
  await untilShadowText(page, "the plan's disclaimer", PLAN, '.disclaimer', DISCLAIMER, true);
  // Its own part offers editing once the widget knows it (the part's version loaded).
  await until(
    page,
    `${who}'s own part editable`,
    (host) => document.querySelector(host)?.shadowRoot?.querySelector('#edit-part'),
    PLAN,
  );
  const found = await page.evaluate((host) => {
    const root = document.querySelector(host).shadowRoot;
    return {
      parts: root.querySelectorAll('.part').length,
      ownParts: root.querySelectorAll('#edit-part').length,
      common: Boolean(root.querySelector('#edit-common')),
    };
  }, PLAN);
  expectEqual(found.parts, 3, "the producers' parts");
  expectEqual(found.ownParts, 1, `parts ${who} may edit`);
  expectEqual(found.common, common, `whether ${who} may edit the common sections`);
}

/** The home-help producer's own plan field: the frequency of its one service. */
const FREQUENCY = 'field-service-0-frequency';

async function checkProducer(page, url) {
  await step(
    "the private provider's portal embeds the plan and the consent form only; it edits only its own part, by keyboard",
    async () => {
      await page.goto(new URL('producer.html', url).href);
      expectEqual(await page.evaluate(() => document.documentElement.lang), 'fi', 'the producer page language');
      await expectPlan(page, 'the producer', { common: false });
      const embedded = await page.evaluate(() =>
        [
          ...new Set(
            [...document.querySelectorAll('*')].map((el) => el.localName).filter((n) => n.startsWith('saumaton-')),
          ),
        ].sort(),
      );
      expectEqual(embedded, ['saumaton-consent-form', 'saumaton-plan-viewer'], "the widgets on the producer's page");
      expectEqual(
        await page.evaluate(() =>
          [...document.querySelectorAll('main h1, main h2')].map((h) => `${h.localName} ${h.textContent.trim()}`),
        ),
        ['h1 Asiakkaat', 'h2 Aino Mäkelän asiakassuunnitelma', 'h2 Uusi asiakas'],
        "the producer's page's headings",
      );
      await expectAccessible(page, "the producer's portal");

      await page.evaluate(() => document.activeElement?.blur());
      const presses = await tabUntil(page, '"Muokkaa osaasi"', 60, focusedIn, PLAN, 'edit-part');
      expectEqual(await page.evaluate(shadowText, PLAN, '#edit-part'), 'Muokkaa osaasi', 'the focused button');
      await page.keyboard.press('Enter');
      await until(
        page,
        'the form of its part',
        (host) => document.querySelector(host)?.shadowRoot?.querySelector('#part-form-heading'),
        PLAN,
      );
      await tabUntil(page, 'the frequency of its service', 20, focusedIn, PLAN, FREQUENCY);
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.type('3 krt/vko');
      await tabUntil(page, 'the name of who saves', 20, focusedIn, PLAN, 'field-authorName');
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.type('Pekka Lindqvist');
      await tabUntil(
        page,
        'the "Tallenna osa" button',
        6,
        (host) => {
          const focused = document.querySelector(host)?.shadowRoot?.activeElement;
          return focused?.type === 'submit' && focused.textContent.trim() === 'Tallenna osa';
        },
        PLAN,
      );
      await page.keyboard.press('Enter');
      const toast = await until(page, "the page's toast", () =>
        document.getElementById('toast-region')?.textContent.trim(),
      );
      expectEqual(toast, 'Osamme asiakassuunnitelmasta on tallennettu.', 'the toast');
      await untilShadowText(page, 'the saved frequency', PLAN, '.parts', '3 krt/vko', true);
      return `${presses} presses of Tab from the top to "Muokkaa osaasi"`;
    },
  );

  await step("a reload keeps the producer's part; the county's portal shows it, read-only there", async () => {
    await page.reload();
    await untilShadowText(page, 'the saved frequency after a reload', PLAN, '.parts', '3 krt/vko', true);
    await page.goto(url);
    await untilShadowText(page, "the producer's change in the county's portal", PLAN, '.parts', '3 krt/vko', true);
    await expectPlan(page, 'the county', { common: true });
  });
}

async function checkIntake(page, url) {
  const submit = async () => {
    await page.focus('#intake-form button[type="submit"]');
    await page.keyboard.press('Enter');
  };

  await step("the provider's intake form refuses a send without a consent, with the widget's message", async () => {
    await page.goto(new URL('producer.html#intake', url).href);
    await until(
      page,
      'the consent in the form',
      (host) => document.querySelector(host)?.shadowRoot?.querySelector('#answer-yes'),
      CONSENTS,
    );
    expectEqual(
      await page.evaluate(() => document.querySelector('#intake-form h3').textContent.trim()),
      'Asiakkaan tiedot ja palvelu',
      "the form's heading",
    );
    await page.type('#client-name', 'Eino Virtanen');
    await page.select('#service', 'home-help');
    // A date field's typing order follows the browser's locale; set it as the picker would.
    await page.$eval('#start-date', (input) => {
      input.value = '2026-12-14';
      input.dispatchEvent(new window.Event('input', { bubbles: true }));
      input.dispatchEvent(new window.Event('change', { bubbles: true }));
    });
    await submit();
    await untilShadowText(page, "the consent's own message", CONSENTS, '#answer-message', 'Täytä tämä kenttä.');
    const refused = await page.evaluate((host) => {
      const el = document.querySelector(host);
      return {
        valueMissing: el.validity.valueMissing,
        focusInConsent: document.activeElement === el,
        result: document.getElementById('result').textContent.trim(),
      };
    }, CONSENTS);
    expectEqual(
      refused,
      { valueMissing: true, focusInConsent: true, result: 'Lomaketta ei ole vielä lähetetty.' },
      'the send without a consent',
    );
  });

  await step('answered, the page shows the FormData it would send, the consent among it', async () => {
    for (const id of ['answer-informed', 'answer-yes']) {
      await page.evaluate(
        (host, id) => document.querySelector(host).shadowRoot.getElementById(id).focus(),
        CONSENTS,
        id,
      );
      await page.keyboard.press('Space');
    }
    await submit();
    await until(page, 'what the form would send', () => document.querySelector('#result [data-entry="consent"]'));
    const shown = await page.evaluate(() => {
      const text = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? '';
      const consent = document.querySelector('#result [data-entry="consent"]');
      return {
        names: [...document.querySelectorAll('#result .entry')].map((e) => e.dataset.entry),
        clientName: text(document.querySelector('#result [data-entry="clientName"] dd')),
        service: text(document.querySelector('#result [data-entry="service"] dd')),
        summary: [...consent.querySelectorAll('.consent-summary dd')].map(text),
        json: consent.querySelector('pre').textContent,
        role: document.getElementById('result').getAttribute('role'),
      };
    });
    expectEqual(
      shown.names,
      ['voucher', 'clientName', 'service', 'startDate', 'consent'],
      'the FormData entries shown',
    );
    expectEqual(shown.clientName, 'Eino Virtanen', "the client's name as sent");
    expectEqual(shown.service, 'Kotipalvelu (home-help)', 'the service as sent');
    expectEqual(shown.role, 'status', 'the role of the region the result is written to');
    const consent = JSON.parse(shown.json);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expectEqual(
      {
        instrument: consent.instrument,
        clientId: consent.clientId,
        status: consent.status,
        informed: Boolean(consent.informing),
        recordedBy: consent.recordedBy?.organization?.name,
        validFrom: consent.validFrom,
      },
      {
        instrument: 'disclosure-permit',
        clientId: 'client-eino',
        status: 'active',
        informed: true,
        recordedBy: 'Kotiapu Lindqvist Oy',
        validFrom: today,
      },
      'the consent as sent',
    );
    const date = new Intl.DateTimeFormat('fi', { dateStyle: 'long' }).format(new Date(`${today}T00:00:00`));
    expectEqual(
      shown.summary.slice(0, 3),
      ['Lupa annettu', 'Luovutuslupa', date],
      'the consent summarised (decision, instrument, date)',
    );
    await expectAccessible(page, "the producer's portal, its intake form sent");
  });
}

// ---- the run --------------------------------------------------------------------------------------

const profile = mkdtempSync(join(tmpdir(), 'saumaton-demo-'));
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
const { server, url } = await serve();
/** What went wrong in the page (errors, failed requests, CSP violations): reported with any failure. */
const problems = [];
let failure;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  // Collected outside the page's own scripts (the policy allows no inline script).
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const check = async (run) => {
    await run(page, url);
    if (problems.length > 0) throw new Error(problems.join('\n'));
  };
  await check(checkPortal);
  await check(checkProducer);
  await check(checkIntake);
} catch (error) {
  failure = error;
} finally {
  server.close();
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(steps.join('\n'));
if (failure) {
  const seen = problems.length > 0 && !failure.message.includes(problems[0]) ? `\n${problems.join('\n')}` : '';
  console.log(`demo: FAILED: ${failure.message}${seen}`);
  process.exit(1);
}
console.log(
  `demo: ok, the county portal's process and the private provider's portal in Chromium (${seconds(started)}${process.env.SKIP_BUILD ? '' : ', the build included'})`,
);
