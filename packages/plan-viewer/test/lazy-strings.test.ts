/**
 * The forms' and the history's strings are catalogues of their own, loaded with those parts: a
 * page already in Finnish or Swedish that opens them shows their words in its language at once,
 * never in English first. This file's page loads both parts for the first time in a target locale.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '@saumaton/elements';
import { unmountAll } from '@saumaton/elements/test-suites';
import type { PlanViewer } from '../src/PlanViewer.js';
import { $, exampleAdapter, organiser, renderPlan, text } from './helpers.js';

afterEach(async () => {
  unmountAll();
  await setLocale('en');
});

/** Every text the element shows from now until `done` holds, with the English ones it must never show. */
async function watch(el: PlanViewer, english: RegExp, done: () => boolean): Promise<void> {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  await waitUntil(done, 'the part did not open', { timeout: 4000 });
  observer.disconnect();
  expect(seen.filter((t) => english.test(t))).to.deep.equal([]);
}

describe('<saumaton-plan-viewer> strings of its lazy parts', () => {
  it('opens the review form in Finnish, its strings loaded with it', async () => {
    await setLocale('fi');
    const el = await renderPlan(await exampleAdapter(), { viewer: organiser, editable: true });
    await waitUntil(() => $(el, '#record-review'), 'no review button', { timeout: 4000 });
    expect(text($(el, '#record-review'))).to.equal('Kirjaa arviointi');
    $(el, '#record-review')!.click();
    await watch(el, /Record a review|Date of the review|Not evaluated/, () => Boolean($(el, '#review-form')));
    await el.updateComplete;
    expect(text($(el, '#review-form-heading'))).to.equal('Kirjaa arviointi');
    expect(text($(el, '#review-form')))
      .to.contain('Ei arvioitu tällä kertaa')
      .and.contain('Tallenna arviointi');
  });

  it('opens the history in Swedish, its strings loaded with it', async () => {
    await setLocale('sv');
    const el = await renderPlan(await exampleAdapter(), { viewer: organiser });
    $(el, '#open-history')!.click();
    await watch(el, /History of the plan|Loading the history/, () => Boolean($(el, '.timeline')));
    await el.updateComplete;
    expect(text($(el, '#history-heading'))).to.equal('Planens historik');
  });
});
