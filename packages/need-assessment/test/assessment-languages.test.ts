import { expect } from '@open-wc/testing';
import type { AssessmentTemplate } from '@saumaton/core';
import { $, $$, byLabel, cleanUp, control, inLocale, renderAssessment, settled, text } from './fixtures.js';

const tr = (pairs: Record<string, string>) => ({
  extension: Object.entries(pairs).map(([lang, content]) => ({
    url: 'http://hl7.org/fhir/StructureDefinition/translation',
    extension: [
      { url: 'lang', valueCode: lang },
      { url: 'content', valueString: content },
    ],
  })),
});

/** A template written in Finnish, with Swedish and English translations (Swedish as sv-FI). */
const multilingual: AssessmentTemplate = {
  resourceType: 'Questionnaire',
  id: 'multilingual',
  status: 'active',
  language: 'fi',
  title: 'Arviointi',
  _title: tr({ 'sv-FI': 'Bedömning', en: 'Assessment' }),
  item: [
    {
      linkId: 'housing',
      type: 'choice',
      text: 'Asuminen',
      _text: tr({ 'sv-FI': 'Boende', en: 'Housing' }),
      prefix: 'A.',
      _prefix: tr({ 'sv-FI': 'A:', en: 'A)' }),
      answerOption: [
        {
          valueCoding: {
            system: 'https://example.org/housing',
            code: 'own',
            display: 'Oma koti',
            _display: tr({ 'sv-FI': 'Eget hem', en: 'Own home' }),
          },
        },
        { valueString: 'Muu', _valueString: tr({ 'sv-FI': 'Annat', en: 'Other' }) },
      ],
      item: [
        {
          linkId: 'housing-help',
          type: 'display',
          text: 'Nykyinen asumismuoto.',
          _text: tr({ 'sv-FI': 'Nuvarande boendeform.', en: 'The present form of housing.' }),
          extension: [control('help')],
        },
      ],
    },
    { linkId: 'note', type: 'string', text: 'Huomio' },
  ],
};

describe('<saumaton-need-assessment> in the language of the page', () => {
  afterEach(cleanUp);

  const expectations = {
    fi: { title: 'Arviointi', legend: 'A.Asuminen', options: ['Oma koti', 'Muu'], help: 'Nykyinen asumismuoto.' },
    sv: { title: 'Bedömning', legend: 'A:Boende', options: ['Eget hem', 'Annat'], help: 'Nuvarande boendeform.' },
    en: {
      title: 'Assessment',
      legend: 'A)Housing',
      options: ['Own home', 'Other'],
      help: 'The present form of housing.',
    },
  } as const;

  for (const locale of ['fi', 'sv', 'en'] as const) {
    it(`shows the title, questions, prefixes, choices and help in ${locale}`, async () => {
      await inLocale(locale);
      const el = await renderAssessment((e) => (e.template = multilingual));
      const want = expectations[locale];
      expect(text($(el, 'h2'))).to.equal(want.title);
      const set = byLabel(el, want.legend);
      expect($$(el, 'fieldset.choices label').map((l) => text(l))).to.deep.equal(want.options);
      expect(text(set.querySelector('.hint'))).to.equal(want.help);
      // No translation: the text as published.
      expect(byLabel(el, 'Huomio').localName).to.equal('input');
      await expect(el).to.be.accessible();
    });
  }

  it("marks a text shown in the template's own language for want of a translation with its lang", async () => {
    await inLocale('sv');
    const el = await renderAssessment((e) => (e.template = multilingual));
    const label = $$(el, 'label').find((l) => text(l) === 'Huomio')!;
    expect(label.querySelector('span[lang]')!.getAttribute('lang')).to.equal('fi');
    // Translated texts are in the page's language: no lang of their own.
    expect($(el, 'h2 [lang]')).to.equal(null);
    expect($$(el, 'fieldset.choices [lang]')).to.deep.equal([]);
    await inLocale('fi');
    await settled(el);
    expect($$(el, '.assessment [lang]')).to.deep.equal([]);
  });

  it('names an item it cannot show in the language of the page', async () => {
    await inLocale('sv');
    const broken = {
      ...multilingual,
      item: [{ linkId: 'photo', type: 'attachment', text: 'Valokuva', _text: tr({ 'sv-FI': 'Fotografi' }) }],
    };
    const el = await renderAssessment((e) => (e.template = broken));
    expect(text($(el, '.state.error li'))).to.contain('Fotografi');
  });

  it('shows the texts again in the new language when the locale changes, keeping every answer', async () => {
    await inLocale('fi');
    const el = await renderAssessment((e) => (e.template = multilingual));
    byLabel(el, 'A.Asuminen').querySelector<HTMLInputElement>('input')!.click();
    await el.updateComplete;
    const before = el.value;
    await inLocale('sv');
    await settled(el);
    expect(text($(el, 'h2'))).to.equal('Bedömning');
    const set = byLabel(el, 'A:Boende');
    expect(set.querySelector<HTMLInputElement>('input')!.checked).to.equal(true);
    expect(text(set.querySelector('input:checked')!.closest('label'))).to.equal('Eget hem');
    await inLocale('en');
    await settled(el);
    expect(text(byLabel(el, 'A)Housing').querySelector('input:checked')!.closest('label'))).to.equal('Own home');
    // The answer is the code: the same response whatever the language.
    expect(el.value).to.deep.equal(before);
    const answer = (el.value!.item as { answer: { valueCoding: { code: string } }[] }[])[0]!.answer[0]!;
    expect(answer.valueCoding.code).to.equal('own');
  });
});
