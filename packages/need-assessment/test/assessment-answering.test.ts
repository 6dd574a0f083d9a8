import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $$, assessmentTemplate, byLabel, cleanUp, renderAssessment, text, type } from './fixtures.js';

const announced = (el: HTMLElement) => text(el.shadowRoot!.querySelector('[role="status"][aria-live]'));
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('<saumaton-need-assessment> while it is answered', () => {
  afterEach(cleanUp);

  it('shows an item the moment its enableWhen holds and removes it when it no longer does', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    const labels = () => $$(el, 'label').map((l) => text(l));
    expect(labels()).not.to.include('Asunut yksin alkaen');
    const [yes, no] = byLabel(el, 'Asuu yksin').querySelectorAll<HTMLInputElement>('input');
    yes!.click();
    await el.updateComplete;
    expect(byLabel(el, 'Asunut yksin alkaen').type).to.equal('date');
    no!.click();
    await el.updateComplete;
    expect(labels()).not.to.include('Asunut yksin alkaen');
  });

  it('touches only the answered item and what it toggled: every other control stays as it was', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    const before = new Map($$(el, 'input, textarea, select').map((c) => [c.id, c]));
    const summary = byLabel(el, 'Yhteenveto tilanteesta') as unknown as HTMLTextAreaElement;
    summary.focus();
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    byLabel(el, 'Asuu yksin').querySelector('input')!.click();
    await el.updateComplete;
    observer.disconnect();
    for (const c of $$(el, 'input, textarea, select')) {
      if (before.has(c.id)) expect(before.get(c.id), c.id).to.equal(c);
    }
    const gate = byLabel(el, 'Asuu yksin');
    const situation = byLabel(el, 'Tilanne');
    // Changes land in the gate's own fieldset, or are the new item inserted in its group.
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      const inGate = gate.contains(target);
      const inserted = r.type === 'childList' && situation.contains(target);
      expect(inGate || inserted, `a change at ${target?.outerHTML.slice(0, 80) ?? '?'}`).to.equal(true);
    }
    expect(summary.isConnected).to.equal(true);
  });

  it('keeps a number as typed, with a format error at the item, announced when the field is left', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    const visits = byLabel(el, 'Käyntejä viikossa');
    type(visits, '2,5');
    await el.updateComplete;
    await tick();
    await el.updateComplete;
    expect(visits.value).to.equal('2,5');
    expect(visits.getAttribute('aria-invalid')).to.equal('true');
    const error = el.shadowRoot!.getElementById(visits.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(text(error)).to.equal('Check the format of the answer.');
    expect(announced(el)).to.equal('Käyntejä viikossa: Check the format of the answer.');
    type(visits, '3');
    await el.updateComplete;
    expect(visits.getAttribute('aria-invalid')).to.equal('false');
    expect(el.value?.item).to.deep.include({
      linkId: 'visits',
      text: 'Käyntejä viikossa',
      answer: [{ valueInteger: 3 }],
    });
  });

  it('checkAnswers shows every problem at its item, announces how many and focuses the first', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    expect($$(el, '.field-error')).to.have.length(0);
    expect(el.checkAnswers()).to.equal(false);
    await el.updateComplete;
    await tick();
    await el.updateComplete;
    expect($$(el, '.field-error').map((e) => text(e))).to.deep.equal([
      'An answer is required.',
      'An answer is required.',
    ]);
    expect(announced(el)).to.equal('2 answers need attention.');
    expect(el.shadowRoot!.activeElement).to.equal(byLabel(el, 'Yhteenveto tilanteesta'));
    type(byLabel(el, 'Yhteenveto tilanteesta'), 'Asuu kotona, tarvitsee apua kauppa-asioissa.');
    byLabel(el, 'Asuu yksin').querySelector('input')!.click();
    expect(el.checkAnswers()).to.equal(true);
  });

  it('adds and removes repetitions of a group by keyboard, keeping focus in the right place', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    const add = $$(el, 'button').find((b) => text(b) === 'Add another: Läheinen')!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    const names = () =>
      $$<HTMLInputElement>(el, 'input').filter((i) => i.labels?.[0] && text(i.labels[0]).startsWith('Läheisen nimi'));
    expect(names()).to.have.length(2);
    expect(el.shadowRoot!.activeElement).to.equal(names()[1]);
    await sendKeys({ type: 'Maija' });
    await el.updateComplete;
    expect(announced(el)).to.equal('A new one was added.');
    expect($$(el, 'legend').map((l) => text(l))).to.include.members(['Läheinen (1)', 'Läheinen (2)']);
    const removeFirst = $$(el, 'button').find((b) => text(b) === 'Remove Läheinen (1)')!;
    removeFirst.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;
    expect(names()).to.have.length(1);
    expect(names()[0]!.value).to.equal('Maija');
    expect(el.shadowRoot!.activeElement).to.equal(names()[0]);
    expect(el.value?.item).to.deep.include({
      linkId: 'relative',
      text: 'Läheinen',
      item: [{ linkId: 'relative-name', text: 'Läheisen nimi', answer: [{ valueString: 'Maija' }] }],
    });
  });

  it('gives a question its help text as a hint tied to the control', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    const summary = byLabel(el, 'Yhteenveto tilanteesta');
    const hint = el.shadowRoot!.getElementById(summary.getAttribute('aria-describedby')!);
    expect(text(hint)).to.equal('Kuvaa tilanne asiakkaan omin sanoin.');
    expect($$(el, 'p.display')).to.have.length(0);
  });

  it('operates the slider by keyboard and shows its value beside it', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    const slider = byLabel(el, 'Elämä kokonaisuutena');
    expect(slider.type).to.equal('range');
    expect(text(slider.parentElement!.querySelector('output'))).to.equal('–');
    expect(slider.getAttribute('aria-valuetext')).to.equal('Not answered');
    slider.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(text(slider.parentElement!.querySelector('output'))).to.equal('2');
    expect(slider.getAttribute('aria-valuetext')).to.equal('2');
    expect(el.value?.item).to.deep.include({
      linkId: 'wellbeing',
      text: 'Elämä kokonaisuutena',
      answer: [{ valueInteger: 2 }],
    });
  });

  it('reflows at 320 px with every kind of item shown', async () => {
    const el = await renderAssessment((e) => (e.template = assessmentTemplate));
    el.style.inlineSize = '320px';
    byLabel(el, 'Asuu yksin').querySelector('input')!.click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const c of $$(el, 'input, select, textarea, button')) {
      expect(c.getBoundingClientRect().right - el.getBoundingClientRect().left, c.id).to.be.at.most(320.5);
    }
  });
});
