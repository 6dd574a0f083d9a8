// The demo portal (packages/demo-portal), built as `npm run build -w demo-portal` builds it and
// served from its dist/ with each page's own Content-Security-Policy, checked in Chromium as a
// user meets it:
//
//   - the county portal shows Aino's multi-service team and, beside it, her consents, in Finnish;
//     the team and the consents sit side by side on a wide screen, one after the other on a narrower
//     one, and the page reflows at 320 px;
//   - switching the language to Swedish localizes the portal and both widgets;
//   - a professional revokes a consent by keyboard alone (the nav link "Suostumukset" takes the
//     focus to the consents, Tab reaches "Peru", the form is filled and sent with the keyboard): it
//     is saved, the portal's toast says so, and a reload (IndexedDB) still shows it revoked;
//   - Aino's service-need assessment: an answer typed and not saved is restored from the device
//     after a reload (said so), then saved (the toast), and after another reload it is the saved
//     one; her life-situation meter shows its charts and the table of her four readings;
//   - Aino's client plan states that a service in it is not a granted one, shows the three
//     producers' parts, and lets the county edit its common sections and its own part only;
//   - a client viewer reads the consents with the client's note and no way to revoke; the
//     turvakielto client's record shows her statutory exception; the demo's reset puts the
//     revoked consent back in force;
//   - the home-help producer's own portal (producer.html) shows the same plan and lets its
//     professional edit only the producer's own part: by keyboard, the frequency of its service is
//     changed and saved (the page's toast), a reload keeps it, and the county's portal shows it
//     with only the county's own part editable;
//   - the voucher producer's intake page: sending the form without answering the consent is
//     refused with the widget's own message; answered, the page shows the FormData it would send,
//     the consent among it, summarised (decision, instrument, date) and as JSON.
//
// Any page error, console error, failed request or CSP violation fails the run.
//
//   node test/demo/run.mjs        (`npm test`; a few seconds)
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
for (const page of ['index.html', 'producer.html', 'intake.html']) {
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
    'intake.html': policyOf(join(site, 'intake.html')),
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
const ASSESSMENT = 'saumaton-need-assessment';
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

// ---- the checks ---------------------------------------------------------------------------------

const steps = [];
async function step(name, run) {
  const since = performance.now();
  const note = await run();
  steps.push(`  ok  ${name}${note ? `, ${note}` : ''} (${seconds(since)})`);
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
  await step('the portal shows the team and the consents in Finnish', async () => {
    await page.goto(url);
    expectEqual(await page.evaluate(() => document.documentElement.lang), 'fi', 'the page language');
    await untilShadowText(page, 'the team in Finnish', ROSTER, '.summary', 'Koordinaattori: Leena Korhonen', true);
    expectEqual(await page.evaluate(shadowText, ROSTER, 'h2'), FI.team, "the roster's heading");
    await untilShadowText(page, 'the consents in Finnish', CONSENTS, '#consents-heading', FI.consents);
    const permit = await page.evaluate(shadowText, CONSENTS, '#title-consent-aino-permit');
    if (!permit.startsWith('Luovutuslupa:') || !permit.endsWith(FI.inForce)) {
      throw new Error(`Aino's consent to data sharing reads "${permit}", not "Luovutuslupa: … ${FI.inForce}"`);
    }
    expectEqual(await page.evaluate(shadowText, CONSENTS, 'header p'), 'Asiakas: Aino Mäkelä', 'whose consents');
    const nav = await page.evaluate(() =>
      [...document.querySelectorAll('.site-nav a')].map((a) => [a.getAttribute('href'), a.textContent.trim()]),
    );
    for (const [href, text] of [
      ['#plan', 'Asiakassuunnitelma'],
      ['#consents', FI.consents],
      ['producer.html', 'Palvelusetelituottajan portaali'],
      ['intake.html', 'Palvelusetelituottajan lomake'],
    ]) {
      if (!nav.some(([h, t]) => h === href && t === text)) throw new Error(`the nav has no "${text}" link to ${href}`);
    }
  });

  await step('side by side when wide, stacked when narrower, reflows at 320 px', async () => {
    const boxes = () =>
      ['#team', '#consents'].map((id) => {
        const r = document.querySelector(id).getBoundingClientRect();
        return { top: Math.round(r.top), left: Math.round(r.left), bottom: Math.round(r.bottom) };
      });
    await page.setViewport({ width: 1440, height: 900 });
    const [teamWide, consentsWide] = await page.evaluate(boxes);
    if (!(consentsWide.left > teamWide.left && consentsWide.top === teamWide.top)) {
      throw new Error(`at 1440 px the consents are not beside the team: ${JSON.stringify([teamWide, consentsWide])}`);
    }
    await page.setViewport({ width: 900, height: 900 });
    const [team, consents] = await page.evaluate(boxes);
    if (!(consents.top >= team.bottom && consents.left === team.left)) {
      throw new Error(`at 900 px the consents do not follow the team: ${JSON.stringify([team, consents])}`);
    }
    // Narrowed from a wide window, as zooming in does: the cards off screen (`content-visibility:
    // auto`, not laid out) must not keep the width they last had.
    await page.setViewport({ width: 320, height: 800 });
    const narrowed = await page.evaluate(() => document.documentElement.scrollWidth);
    if (narrowed > 320) throw new Error(`narrowed to 320 px the page is ${narrowed} px wide: it does not reflow`);
    // And loaded at 320 px.
    await page.reload();
    await untilShadowText(page, 'the consents at 320 px', CONSENTS, '#consents-heading', FI.consents);
    await untilShadowText(page, 'the team at 320 px', ROSTER, 'h2', FI.team);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) throw new Error(`at 320 px the page is ${width} px wide: it does not reflow`);
    await page.setViewport({ width: 1280, height: 900 });
    await page.reload();
    await untilShadowText(page, 'the consents at 1280 px', CONSENTS, '#consents-heading', FI.consents);
  });

  await step('Swedish localizes the portal and both widgets', async () => {
    await page.select('#locale-select', 'sv');
    await untilShadowText(page, 'the roster in Swedish', ROSTER, 'h2', 'Multiserviceteam');
    await untilShadowText(page, 'the consents in Swedish', CONSENTS, '#consents-heading', 'Samtycken');
    const permit = await page.evaluate(shadowText, CONSENTS, '#title-consent-aino-permit');
    if (!permit.startsWith('Tillstånd för utlämnande:')) throw new Error(`the permit reads "${permit}" in Swedish`);
    const chrome = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      consentsLink: document.querySelector('.site-nav a[href="#consents"]').textContent.trim(),
      intakeLink: document.querySelector('.site-nav a[href="intake.html"]').textContent.trim(),
    }));
    expectEqual(
      chrome,
      { lang: 'sv', consentsLink: 'Samtycken', intakeLink: 'Servicesedelproducentens blankett' },
      'the portal in Swedish',
    );
    await page.select('#locale-select', 'fi');
    await untilShadowText(page, 'the consents back in Finnish', CONSENTS, '#consents-heading', FI.consents);
  });

  await step('a professional revokes a consent by keyboard; the toast says it was saved', async () => {
    // From the top of the page to the nav link, whose Enter takes the keyboard to the consents.
    await page.evaluate(() => document.activeElement?.blur());
    await tabUntil(page, 'the nav link "Suostumukset"', 10, () => document.activeElement?.hash === '#consents');
    await page.keyboard.press('Enter');
    const presses = await tabUntil(
      page,
      'the "Peru" button of the consent to data sharing',
      12,
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
    await page.evaluate(() => document.querySelector('saumaton-need-assessment').save());
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

  await step("a client reads with the client's note; the turvakielto client's statutory exception", async () => {
    await page.click('input[name="viewer"][value="client"]');
    await untilShadowText(page, 'the note for a client', CONSENTS, '#client-note-heading', FI.clientNote);
    const actions = await page.evaluate(
      (host) => document.querySelector(host).shadowRoot.querySelectorAll('[id^="revoke-"], [id^="record-"]').length,
      CONSENTS,
    );
    expectEqual(actions, 0, 'buttons to record or revoke for a client viewer');
    await page.select('#client-select', 'client-sanna');
    await untilShadowText(page, "Sanna's consents", CONSENTS, 'header p', 'Asiakas: Sanna Östman');
    await untilShadowText(page, "Sanna's statutory exception", CONSENTS, '#group-exceptions', FI.exceptions);
    await page.click('input[name="viewer"][value="professional"]');
    await page.select('#client-select', 'client-aino');
  });

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
    "the home-help producer's portal edits only its own part, by keyboard; the toast says it was saved",
    async () => {
      await page.goto(new URL('producer.html', url).href);
      expectEqual(await page.evaluate(() => document.documentElement.lang), 'fi', 'the producer page language');
      await expectPlan(page, 'the producer', { common: false });

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
    await page.focus('button[type="submit"]');
    await page.keyboard.press('Enter');
  };

  await step("the intake form refuses a send without a consent, with the widget's message", async () => {
    await page.goto(new URL('intake.html', url).href);
    expectEqual(await page.evaluate(() => document.documentElement.lang), 'fi', 'the intake page language');
    await until(
      page,
      'the consent in the form',
      (host) => document.querySelector(host)?.shadowRoot?.querySelector('#answer-yes'),
      CONSENTS,
    );
    expectEqual(
      await page.evaluate(() => document.querySelector('h1').textContent.trim()),
      'Asiakkaaksi tulo',
      'the heading',
    );
    await page.type('#client-name', 'Aino Mäkelä');
    await page.select('#service', 'home-care');
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
    expectEqual(shown.clientName, 'Aino Mäkelä', "the client's name as sent");
    expectEqual(shown.service, 'Kotihoito (home-care)', 'the service as sent');
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
        clientId: 'client-aino',
        status: 'active',
        informed: true,
        recordedBy: 'Kotihoito Kaisla Oy',
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
  `demo: ok, the portal, the producer's portal and the intake form in Chromium (${seconds(started)}${process.env.SKIP_BUILD ? '' : ', the build included'})`,
);
