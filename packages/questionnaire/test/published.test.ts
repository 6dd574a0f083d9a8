import { expect } from '@open-wc/testing';
import { parseQuestionnaire, QuestionnaireEngine } from '@saumaton/questionnaire';
import { only, refusal } from './helpers.js';

/**
 * The published R4, SDC and LHC-Forms examples (test/fixtures, with their sources): each
 * Questionnaire parses or is refused with a ValidationError that says why, as listed here, and
 * each Response loads into its Questionnaire and comes out equal, or the reason it cannot is
 * asserted.
 */
type Json = Record<string, unknown>;

/** Per Questionnaire file: `parses`, or the start of the first refusal and its code. */
const QUESTIONNAIRES: Readonly<Record<string, 'parses' | { readonly code: string; readonly message: string }>> = {
  'hl7-r4/Questionnaire-3141.json': {
    code: 'unsupported',
    message: 'item "1.1": answerValueSet "http://hl7.org/fhir/ValueSet/yesnodontknow" is not supported',
  },
  'hl7-r4/Questionnaire-bb.json': 'parses',
  'hl7-r4/Questionnaire-gcs.json': 'parses',
  'hl7-r4/Questionnaire-phq-9-questionnaire.json': {
    code: 'unsupported',
    message: 'the questionnaire: cqf-library is not supported (CQL libraries)',
  },
  'hl7-r4/Questionnaire-zika-virus-exposure-assessment.json': 'parses',
  'hl7-sdc/Questionnaire-questionnaire-sdc-profile-example-PHQ9.json': 'parses',
  'hl7-sdc/Questionnaire-questionnaire-sdc-profile-example-framingham-hchd-lhc.json': 'parses',
  'hl7-sdc/Questionnaire-questionnaire-sdc-profile-example-ussg-fht.json': {
    code: 'unsupported',
    message: 'item "1.1.2": answerValueSet "http://loinc.org/vs/LL1-9" is not supported',
  },
  'hl7-sdc/Questionnaire-questionnaire-sdc-test-enableWhen.json': {
    code: 'unsupported',
    message:
      'item "1acf93a7-0890-44cd-be48-542defb35248": answerValueSet "http://sqlonfhir-r4.azurewebsites.net/fhir/ValueSet/a015b6a1ac024dc19baec940be2c1695" is not supported',
  },
  'lhc/lhcforms-apgar-with-itemWeight-variable.json': 'parses',
  'lhc/lhcforms-phq9.json': 'parses',
  'lhc/lhcforms-q-with-contained-valueset-with-itemWeight.json': {
    code: 'unsupported',
    message: 'item "link-1.1.2": answerValueSet "some-value-set-url-5" is not supported',
  },
  'lhc/lhcforms-q-with-nested-enableWhen.json': 'parses',
};

/** Per Response file: its Questionnaire's file, and whether it round-trips or why not. */
const RESPONSES: Readonly<
  Record<
    string,
    {
      readonly questionnaire?: string;
      readonly outcome:
        'round-trips' | 'questionnaire refused' | { readonly refused: string } | { readonly missing: string };
    }
  >
> = {
  'hl7-r4/QuestionnaireResponse-gcs.json': { questionnaire: 'hl7-r4/Questionnaire-gcs.json', outcome: 'round-trips' },
  // Published with linkIds the published Questionnaire spells otherwise (vitaminKDose1 / vitaminiKDose1).
  'hl7-r4/QuestionnaireResponse-bb.json': {
    questionnaire: 'hl7-r4/Questionnaire-bb.json',
    outcome: { refused: 'item "vitaminKDose1" is not in the questionnaire under "vitaminKgivenDoses"' },
  },
  'hl7-r4/QuestionnaireResponse-3141.json': {
    questionnaire: 'hl7-r4/Questionnaire-3141.json',
    outcome: 'questionnaire refused',
  },
  // Its total (H1/TS) stays as published: the template's expression gives nothing for it (it reads
  // answers at the top level, where this template has groups), so it counts as the user's.
  'hl7-sdc/QuestionnaireResponse-questionnaireresponse-sdc-profile-example-PHQ9.json': {
    questionnaire: 'hl7-sdc/Questionnaire-questionnaire-sdc-profile-example-PHQ9.json',
    outcome: 'round-trips',
  },
  // Its Questionnaire (R4's Questionnaire/ussg-fht) is not among the published examples.
  'hl7-r4/QuestionnaireResponse-ussg-fht-answers.json': { outcome: { missing: 'Questionnaire/ussg-fht' } },
  'hl7-r4/QuestionnaireResponse-f201.json': { outcome: { missing: '' } },
};

describe('the published Questionnaire and QuestionnaireResponse examples', () => {
  const root = new URL('./fixtures/', import.meta.url);
  const files = new Map<string, Json>();

  before(async () => {
    const manifest = (await (await fetch(new URL('manifest.json', root))).json()) as Record<string, string[]>;
    const names = Object.entries(manifest).flatMap(([folder, list]) => list.map((n) => `${folder}/${n}`));
    await Promise.all(
      names.map(async (name) => files.set(name, (await (await fetch(new URL(name, root))).json()) as Json)),
    );
  });

  it('every vendored file is listed here with its expected outcome', () => {
    const questionnaires = [...files].filter(([, j]) => j.resourceType === 'Questionnaire').map(([n]) => n);
    const responses = [...files].filter(([, j]) => j.resourceType === 'QuestionnaireResponse').map(([n]) => n);
    expect(questionnaires).to.have.members(Object.keys(QUESTIONNAIRES));
    expect(responses).to.have.members(Object.keys(RESPONSES));
  });

  for (const [name, expected] of Object.entries(QUESTIONNAIRES)) {
    it(`${name} ${expected === 'parses' ? 'parses' : 'is refused, saying why'}`, async () => {
      const json = files.get(name);
      if (expected === 'parses') {
        const questionnaire = parseQuestionnaire(json);
        expect(questionnaire.items.length).to.be.greaterThan(0);
        // A new response to it: an instance of every top-level item.
        expect((await QuestionnaireEngine.create(questionnaire)).items.length).to.equal(questionnaire.items.length);
      } else {
        const error = refusal(() => parseQuestionnaire(json));
        expect(error.issues[0]!.code).to.equal(expected.code);
        expect(error.issues[0]!.message.startsWith(expected.message), error.issues[0]!.message).to.be.true;
      }
    });
  }

  for (const [name, { questionnaire, outcome }] of Object.entries(RESPONSES)) {
    const title =
      outcome === 'round-trips'
        ? 'loads into its Questionnaire and comes out equal'
        : outcome === 'questionnaire refused'
          ? 'cannot load: its Questionnaire is refused'
          : 'refused' in outcome
            ? 'is refused by its Questionnaire, naming the item'
            : 'names no Questionnaire among the examples';
    it(`${name} ${title}`, async () => {
      const json = files.get(name)!;
      if (outcome === 'round-trips') {
        const engine = await QuestionnaireEngine.create(
          parseQuestionnaire(files.get(questionnaire!)),
          structuredClone(json),
        );
        expect(engine.toResponse()).to.deep.equal(json);
      } else if (outcome === 'questionnaire refused') {
        expect(QUESTIONNAIRES[questionnaire!]).to.not.equal('parses');
        expect(() => parseQuestionnaire(files.get(questionnaire!))).to.throw();
      } else if ('refused' in outcome) {
        const error = refusal(() => new QuestionnaireEngine(parseQuestionnaire(files.get(questionnaire!)), json));
        expect(error.issues[0]!.message).to.equal(outcome.refused);
        expect(error.issues[0]!.code).to.equal('unknown-item');
      } else {
        expect(json.questionnaire ?? '').to.equal(outcome.missing);
        if (json.questionnaire === undefined) return;
        const canonicals = [...files.values()].flatMap((j) =>
          j.resourceType === 'Questionnaire' ? [j.url, `Questionnaire/${String(j.id)}`] : [],
        );
        expect(canonicals).to.not.include(json.questionnaire);
      }
    });
  }

  it('Glasgow Coma Scale: the published answers score 13 from the ordinalValue their codings carry', () => {
    const engine = new QuestionnaireEngine(
      parseQuestionnaire(files.get('hl7-r4/Questionnaire-gcs.json')),
      files.get('hl7-r4/QuestionnaireResponse-gcs.json'),
    );
    expect(engine.score).to.equal(4 + 5 + 4);
    expect(engine.get(engine.items[0]!.id).item.options!.length).to.equal(5);
  });

  it('bb: the vitamin K doses are enabled once the way it was given is answered', () => {
    const engine = new QuestionnaireEngine(parseQuestionnaire(files.get('hl7-r4/Questionnaire-bb.json')));
    const doses = only(engine, 'vitaminKgivenDoses');
    expect(doses.enabled).to.be.false;
    expect(only(engine, 'vitaminiKDose1').enabled).to.be.false;
    engine.setAnswers(only(engine, 'vitaminKgiven').id, [{ valueCoding: { code: 'INJECTION' } }]);
    expect(doses.enabled).to.be.true;
    expect(only(engine, 'vitaminiKDose1').enabled).to.be.true;
  });

  it('LHC-Forms’ Apgar score: item variables and a calculatedExpression over itemWeight', async () => {
    const engine = await QuestionnaireEngine.create(
      parseQuestionnaire(files.get('lhc/lhcforms-apgar-with-itemWeight-variable.json')),
    );
    const [total, ...questions] = [engine.items[5]!, ...engine.items.slice(0, 5)];
    expect(total.answers).to.deep.equal([]);
    questions.forEach((q, i) => engine.setAnswers(q.id, [q.item.options![i % 3]!.answer]));
    // Weights 0, 1, 2, 0, 1.
    expect(total.answers).to.deep.equal([{ valueDecimal: 4 }]);
    expect(engine.score).to.equal(4);
  });

  it('LHC-Forms’ nested enableWhen: an item whose own condition holds stays disabled under a disabled group', () => {
    const engine = new QuestionnaireEngine(parseQuestionnaire(files.get('lhc/lhcforms-q-with-nested-enableWhen.json')));
    // d1 is enabled when c1 is not "A": true while c1 is unanswered, yet g1 is off.
    expect(only(engine, 'g1').enabled).to.be.false;
    expect(only(engine, 'd1').enabled).to.be.false;
    engine.setAnswers(only(engine, 'p1').id, [{ valueCoding: { code: 'YES', display: 'Yes' } }]);
    expect(only(engine, 'd1').enabled).to.be.true;
    expect(only(engine, 'dd1').enabled).to.be.true;
    engine.setAnswers(only(engine, 'cc1').id, [{ valueCoding: { code: 'A', display: 'A' } }]);
    expect(only(engine, 'dd1').enabled).to.be.false;
    expect(only(engine, 'd1').enabled, 'the other controller').to.be.true;
  });
});
