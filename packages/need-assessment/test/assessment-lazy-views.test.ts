import { expect } from '@open-wc/testing';
import { $, $$, assessmentTemplate, byLabel, cleanUp, otherTemplate, renderAssessment, settled } from './fixtures.js';

// Alone in its file, so that what the page fetched is what this widget loaded: the views of
// repeating groups and sliders, and the engine's part for repeating groups, are modules of their
// own, loaded only for a template that uses them, and before its first render.
const fetched = (path: string) =>
  performance.getEntriesByType('resource').some((e) => new RegExp(`/${path}\\.(ts|js)`).test(e.name));

describe('<saumaton-need-assessment> loads what only some templates use', () => {
  afterEach(cleanUp);

  it('loads neither repeating groups nor sliders for a template without them', async () => {
    const el = await renderAssessment((e) => (e.template = otherTemplate));
    expect(byLabel(el, 'Asuminen nyt').localName).to.equal('input');
    expect(fetched('views/repetitions'), 'the repetitions view').to.equal(false);
    expect(fetched('views/slider'), 'the slider view').to.equal(false);
    expect(fetched('src/repetitions'), "the engine's repetitions").to.equal(false);
  });

  it('renders a template with repeating groups and a slider right the first time', async () => {
    const el = document.createElement('saumaton-need-assessment');
    el.template = assessmentTemplate;
    /** What the form showed the first time it was in the shadow root. */
    let first: { add: number; remove: number; sliders: number } | undefined;
    const observer = new MutationObserver(() => {
      if (first || !$(el, '.assessment')) return;
      first = {
        add: $$(el, 'button[id$="-add"]').length,
        remove: $$(el, 'button[id$="-remove"]').length,
        sliders: $$(el, 'input[type="range"]').length,
      };
    });
    document.body.append(el);
    // The render root is made on connection; the first render comes later.
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    try {
      await settled(el);
      observer.takeRecords();
      const now = {
        add: $$(el, 'button[id$="-add"]').length,
        remove: $$(el, 'button[id$="-remove"]').length,
        sliders: $$(el, 'input[type="range"]').length,
      };
      expect(now.add, 'an add button per repeating group').to.be.greaterThan(0);
      expect(now.sliders, 'the slider').to.equal(1);
      expect(first, 'the first form shown').to.deep.equal(now);
      expect(fetched('views/repetitions')).to.equal(true);
      expect(fetched('views/slider')).to.equal(true);
      expect(fetched('src/repetitions')).to.equal(true);
      // And the buttons work: a repetition added keeps the form whole.
      $$(el, 'button[id$="-add"]')[0]!.click();
      await el.updateComplete;
      expect($$(el, 'button[id$="-remove"]').length).to.equal(now.remove + 1);
    } finally {
      observer.disconnect();
      el.remove();
    }
  });
});
