import { expect } from '@open-wc/testing';
import { inLanguage, parseQuestionnaire, sameLanguage, textIn, type Translatable } from '@saumaton/questionnaire';
import { questionnaire, refusal } from './helpers.js';

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
const tr = (lang: string, content: string) => ({
  url: TRANSLATION,
  extension: [
    { url: 'lang', valueCode: lang },
    { url: 'content', valueString: content },
  ],
});
const translated = (...pairs: [string, string][]) => ({ extension: pairs.map(([lang, text]) => tr(lang, text)) });

describe('translations of a Questionnaire (the FHIR translation extension)', () => {
  const json = questionnaire(
    [
      {
        linkId: 'housing',
        type: 'choice',
        text: 'Asuminen',
        _text: translated(['sv', 'Boende'], ['en', 'Housing']),
        prefix: '1.',
        _prefix: translated(['sv', '1:a']),
        answerOption: [
          {
            valueCoding: {
              system: 'https://example.org/housing',
              code: 'own',
              display: 'Oma koti',
              _display: translated(['sv', 'Eget hem'], ['en', 'Own home']),
            },
          },
          { valueString: 'Muu', _valueString: translated(['sv-FI', 'Annat']) },
          { valueInteger: 3 },
        ],
      },
      {
        linkId: 'weight',
        type: 'decimal',
        text: 'Paino',
        extension: [
          {
            url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
            valueCoding: { code: 'kg', display: 'kiloa', _display: translated(['en', 'kilograms']) },
          },
        ],
        item: [
          {
            linkId: 'weight-help',
            type: 'display',
            text: 'Punnitse aamulla.',
            _text: translated(['sv', 'Väg dig på morgonen.'], ['en', 'Weigh yourself in the morning.']),
          },
        ],
      },
      { linkId: 'plain', type: 'string', text: 'Vain suomeksi' },
    ],
    { language: 'fi', title: 'Arviointi', _title: translated(['sv', 'Bedömning'], ['en', 'Assessment']) },
  );

  it('reads the title, item texts, prefixes, help texts, units and choices with their translations', () => {
    const parsed = parseQuestionnaire(json);
    expect(parsed.language).to.equal('fi');
    expect(parsed.title).to.deep.equal({
      base: 'Arviointi',
      language: 'fi',
      translations: { sv: 'Bedömning', en: 'Assessment' },
    });
    const housing = parsed.byLinkId.get('housing')!;
    expect(['fi', 'sv', 'en'].map((l) => textIn(housing.texts.text, l))).to.deep.equal([
      'Asuminen',
      'Boende',
      'Housing',
    ]);
    expect(textIn(housing.texts.prefix, 'sv')).to.equal('1:a');
    const [own, other, three] = housing.options!;
    expect(textIn(own!.label, 'en')).to.equal('Own home');
    expect(textIn(other!.label, 'sv')).to.equal('Annat');
    expect(three!.label).to.equal(undefined);
    expect(textIn(parsed.byLinkId.get('weight-help')!.texts.text, 'sv')).to.equal('Väg dig på morgonen.');
    expect(textIn(parsed.byLinkId.get('weight')!.texts.unit, 'en')).to.equal('kilograms');
    // The text as published stays what it was: the response and the conditions never see a translation.
    expect(housing.text).to.equal('Asuminen');
    expect(own!.answer).to.deep.equal({
      valueCoding: {
        system: 'https://example.org/housing',
        code: 'own',
        display: 'Oma koti',
        _display: translated(['sv', 'Eget hem'], ['en', 'Own home']),
      },
    });
  });

  it('falls back to the text as published for a language it has no translation in', () => {
    const parsed = parseQuestionnaire(json);
    const plain = parsed.byLinkId.get('plain')!;
    expect(textIn(plain.texts.text, 'sv')).to.equal('Vain suomeksi');
    expect(textIn(parsed.byLinkId.get('housing')!.texts.prefix, 'en')).to.equal('1.');
    expect(textIn(parsed.byLinkId.get('weight')!.texts.unit, 'sv')).to.equal('kiloa');
    expect(textIn(undefined, 'fi')).to.equal(undefined);
  });

  it('matches a language with or without its region: sv-FI finds sv, and sv finds sv-FI', () => {
    const text: Translatable = { base: 'Koti', language: 'fi-FI', translations: { 'sv-FI': 'Hem', en: 'Home' } };
    expect(textIn(text, 'sv')).to.equal('Hem');
    expect(textIn(text, 'SV-fi')).to.equal('Hem');
    expect(textIn(text, 'en-GB')).to.equal('Home');
    expect(textIn(text, 'fi')).to.equal('Koti');
    expect(textIn({ base: 'Koti', translations: { sv: 'Hem', 'sv-AX': 'Hemma' } }, 'sv-AX')).to.equal('Hemma');
    expect(textIn({ base: 'Koti', translations: { sv: 'Hem' } }, 'sv-FI')).to.equal('Hem');
  });

  it('says which language the text it gives is in, for a renderer to mark a text in another language', () => {
    const text: Translatable = { base: 'Koti', language: 'fi', translations: { 'sv-FI': 'Hem' } };
    expect(inLanguage(text, 'sv')).to.deep.equal({ text: 'Hem', language: 'sv-FI' });
    expect(inLanguage(text, 'en')).to.deep.equal({ text: 'Koti', language: 'fi' });
    expect(inLanguage({ base: 'Koti', translations: {} }, 'en')).to.deep.equal({ text: 'Koti' });
    expect([sameLanguage('sv-FI', 'SV'), sameLanguage('fi', 'sv')]).to.deep.equal([true, false]);
  });

  it('prefers a translation into the very language asked over the text in a language of the same family', () => {
    const text: Translatable = { base: 'Hem', language: 'sv-SE', translations: { 'sv-FI': 'Hem (FI)' } };
    expect(textIn(text, 'sv-FI')).to.equal('Hem (FI)');
    expect(textIn(text, 'sv')).to.equal('Hem');
  });

  it('refuses broken translations, naming the item and the path', () => {
    const error = refusal(() =>
      parseQuestionnaire(
        questionnaire([
          { linkId: 'a', type: 'string', text: 'A', _text: { extension: [{ url: TRANSLATION, extension: [] }] } },
          { linkId: 'b', type: 'string', text: 'B', _text: translated(['sv', 'B1'], ['SV', 'B2']) },
          { linkId: 'c', type: 'string', _text: translated(['sv', 'C']) },
        ]),
      ),
    );
    expect(error.issues.map((i) => [i.path, i.message])).to.deep.equal([
      [
        'item.0._text.extension.0',
        'item "a": a translation of text needs a lang (valueCode) and a content (valueString)',
      ],
      ['item.1._text.extension.1', 'item "b": text is translated to "SV" twice'],
      ['item.2._text', 'item "c": text has translations but no text of its own to fall back on'],
    ]);
    expect(error.issues.every((i) => i.code === 'invalid')).to.equal(true);
  });

  it('reads the translations of the choices of a contained ValueSet', () => {
    const parsed = parseQuestionnaire(
      questionnaire([{ linkId: 'q', type: 'choice', text: 'Kysymys', answerValueSet: '#vs' }], {
        contained: [
          {
            resourceType: 'ValueSet',
            id: 'vs',
            compose: {
              include: [
                {
                  system: 'https://example.org/cs',
                  concept: [{ code: 'a', display: 'Kyllä', _display: translated(['sv', 'Ja']) }],
                },
              ],
            },
          },
        ],
      }),
    );
    expect(textIn(parsed.byLinkId.get('q')!.options![0]!.label, 'sv')).to.equal('Ja');
  });

  it('leaves the answers alone: the response holds codes and the text as published, whatever the language', async () => {
    const { QuestionnaireEngine } = await import('@saumaton/questionnaire');
    const engine = new QuestionnaireEngine(parseQuestionnaire(json));
    const housing = engine.instancesOf('housing')[0]!;
    engine.setAnswers(housing.id, [housing.item.options![0]!.answer]);
    const item = (engine.toResponse().item as Record<string, unknown>[])[0]!;
    expect(item.text).to.equal('Asuminen');
    expect((item.answer as { valueCoding: { code: string } }[])[0]!.valueCoding.code).to.equal('own');
  });
});
