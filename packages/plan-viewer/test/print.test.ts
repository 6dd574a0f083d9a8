/**
 * `<saumaton-plan-viewer>` on paper: no controls or open forms, each section from a new page,
 * every card drawn, and the version and the day printed on it; a print told to the audit log as a
 * disclosure, as a view is when the plan shows.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { todayInFinland, type AnyAdapter, type AuditEvent } from '@saumaton/core';
import { examplePlan } from '@saumaton/core/examples';
import { formatDate } from '@saumaton/elements';
import { unmountAll } from '@saumaton/elements/test-suites';
import type { PlanViewer } from '../src/PlanViewer.js';
import { $, $$, exampleAdapter, organiser, renderPlan, text, withoutLiveUpdates } from './helpers.js';

/** The style rules the widget applies in print, from its own style sheets. */
function printRules(el: PlanViewer): CSSStyleRule[] {
  const sheets = el.shadowRoot!.adoptedStyleSheets.length
    ? el.shadowRoot!.adoptedStyleSheets
    : [...el.shadowRoot!.querySelectorAll('style')].map((s) => s.sheet!);
  return sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
    .flatMap((r) => [...r.cssRules])
    .filter((r): r is CSSStyleRule => r instanceof CSSStyleRule);
}

function declared(rules: CSSStyleRule[], selector: string, property: string): string | undefined {
  return rules
    .find((r) => r.selectorText.split(/,\s*/).includes(selector) && r.style.getPropertyValue(property))
    ?.style.getPropertyValue(property);
}

// The print media can be emulated through the DevTools protocol, which only the Chromium launcher speaks.
const canEmulatePrint = /Chrome\//.test(navigator.userAgent);

afterEach(async () => {
  unmountAll();
  if (canEmulatePrint) await emulateMedia({ media: 'screen' });
});

describe('<saumaton-plan-viewer> printed', () => {
  it('declares the print layout: controls and forms hidden, a page per section, every card drawn', async () => {
    const el = await renderPlan(await exampleAdapter(), { viewer: organiser, editable: true });
    const rules = printRules(el);
    for (const hidden of ['button', 'form', '.state', '.common-tools', '.part-tools', '.history-tools'])
      expect(declared(rules, hidden, 'display'), hidden).to.equal('none');
    expect(declared(rules, '.plan-section ~ .plan-section', 'break-before')).to.equal('page');
    expect(declared(rules, '.card', 'break-inside')).to.equal('avoid');
    expect(declared(rules, '.print-meta', 'display')).to.equal('block');
    if (CSS.supports('content-visibility', 'visible'))
      expect(declared(rules, '.card', 'content-visibility')).to.equal('visible');
    // On screen the printed line is not shown.
    expect(getComputedStyle($(el, '.print-meta')!).display).to.equal('none');
  });

  // Where the print media can be emulated; the rule test above covers the others.
  if (canEmulatePrint)
    it('prints the plan without a control, each section on a page of its own, with its version and the day', async () => {
      const el = await renderPlan(await exampleAdapter(), { viewer: organiser, editable: true });
      await emulateMedia({ media: 'print' });
      const shown = (e: Element) => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0;
      expect($$(el, 'button').filter(shown)).to.deep.equal([]);
      const sections = $$(el, '.plan-section');
      expect(sections.length).to.be.greaterThan(5);
      // The first section shares the header's page; every other starts a page.
      expect(sections.map((s) => getComputedStyle(s).breakBefore)).to.deep.equal([
        'auto',
        ...sections.slice(1).map(() => 'page'),
      ]);
      expect($$(el, '.card').every((c) => getComputedStyle(c).contentVisibility === 'visible')).to.equal(true);
      const meta = $(el, '.print-meta')!;
      expect(shown(meta)).to.equal(true);
      expect(text(meta)).to.contain(formatDate(todayInFinland()));
      expect(text(meta)).to.match(/^Version \S+, printed /);
    });
});

describe('<saumaton-plan-viewer> audit', () => {
  it('reports the plan viewed once it shows, and disclosed when the page is printed, to the adapter’s audit log', async () => {
    const adapter = await exampleAdapter();
    const events: AuditEvent[] = [];
    const logged: AnyAdapter = { ...withoutLiveUpdates(adapter), audit: (event) => events.push(event) };
    const el = await renderPlan(logged, { viewer: organiser });
    const plan = { kind: 'plan', id: examplePlan.id, clientId: examplePlan.clientId };
    expect(events).to.deep.equal([{ action: 'view', ...plan }]);
    dispatchEvent(new Event('beforeprint'));
    expect(events).to.deep.equal([
      { action: 'view', ...plan },
      { action: 'disclose', ...plan },
    ]);
    // Hidden, or removed from the page, it is not on paper: no disclosure.
    el.style.display = 'none';
    dispatchEvent(new Event('beforeprint'));
    expect(events).to.have.length(2);
    el.remove();
    dispatchEvent(new Event('beforeprint'));
    expect(events).to.have.length(2);
  });
});
