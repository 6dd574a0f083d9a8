import { expect } from '@open-wc/testing';
import { ValidationError } from '@saumaton/core';
import { loadQuestionnaire, parseLoaded, preloadParts, QuestionnaireEngine } from '@saumaton/questionnaire/lazy';

// Alone in its file and importing only `@saumaton/questionnaire/lazy` (never the index, which has
// every part at hand), so that what the page fetched is what loadQuestionnaire loaded.
const fetched = (part: string) =>
  performance.getEntriesByType('resource').some((e) => new RegExp(`/${part}\\.(ts|js)`).test(e.name));
const PARTS = ['value-sets', 'repetitions', 'cycles', 'expressions', 'responses'];

const questionnaire = (item: unknown[], more: Record<string, unknown> = {}) => ({
  resourceType: 'Questionnaire',
  status: 'active',
  item,
  ...more,
});

const withValueSet = questionnaire([{ linkId: 'mood', type: 'choice', text: 'Mood', answerValueSet: '#moods' }], {
  contained: [
    {
      resourceType: 'ValueSet',
      id: 'moods',
      expansion: {
        contains: [
          { system: 'https://example.org/mood', code: 'good', display: 'Good' },
          { system: 'https://example.org/mood', code: 'bad', display: 'Bad' },
        ],
      },
    },
  ],
});

/** A repeating group whose condition looks at a question in the same repetition. */
const withRepeats = questionnaire([
  {
    linkId: 'child',
    type: 'group',
    repeats: true,
    item: [
      { linkId: 'school', type: 'boolean', text: 'At school?' },
      {
        linkId: 'grade',
        type: 'integer',
        text: 'Grade',
        enableWhen: [{ question: 'school', operator: '=', answerBoolean: true }],
      },
    ],
  },
]);

describe('the parts of the engine, loaded only for a template that uses them', () => {
  it('parses a template that uses none at once, fetching none', async () => {
    const plain = questionnaire([
      { linkId: 'name', type: 'string', text: 'Name' },
      { linkId: 'level', type: 'choice', answerOption: [{ valueString: 'low' }, { valueString: 'high' }] },
    ]);
    const parsed = parseLoaded(plain);
    expect(parsed?.items.map((i) => i.linkId)).to.deep.equal(['name', 'level']);
    expect((await loadQuestionnaire(plain)).items).to.have.length(2);
    const engine = await QuestionnaireEngine.create(parsed!);
    engine.setAnswers(engine.instancesOf('name')[0]!.id, [{ valueString: 'Aino' }]);
    expect(engine.toResponse().item).to.deep.equal([
      { linkId: 'name', text: 'Name', answer: [{ valueString: 'Aino' }] },
    ]);
    for (const part of PARTS) expect(fetched(part), part).to.equal(false);
  });

  it('loads the choices of a contained ValueSet, and parses as the index does', async () => {
    expect(parseLoaded(withValueSet), 'not loaded yet').to.equal(undefined);
    const loaded = await loadQuestionnaire(withValueSet);
    expect(fetched('value-sets')).to.equal(true);
    expect(fetched('repetitions')).to.equal(false);
    expect(loaded.items[0]!.options!.map((o) => o.answer.valueCoding?.code)).to.deep.equal(['good', 'bad']);
    // Loaded once, a second template with one parses at once.
    expect(parseLoaded(withValueSet)?.items[0]!.options).to.have.length(2);
  });

  it('loads repeating groups only for a template with one: repetitions added and removed, conditions on the nearest instance', async () => {
    expect(fetched('repetitions')).to.equal(false);
    const engine = await QuestionnaireEngine.create(await loadQuestionnaire(withRepeats));
    expect(fetched('repetitions')).to.equal(true);
    const first = engine.instancesOf('child')[0]!;
    const { added } = engine.addRepetition(first.id);
    const school = (group: typeof first) => group.children.find((c) => c.item.linkId === 'school')!;
    const grade = (group: typeof first) => group.children.find((c) => c.item.linkId === 'grade')!;
    engine.setAnswers(school(added).id, [{ valueBoolean: true }]);
    expect(grade(added).enabled, 'its own repetition').to.equal(true);
    expect(grade(first).enabled, 'not the other one').to.equal(false);
    engine.removeRepetition(added.id);
    expect(engine.instancesOf('child')).to.have.length(1);
  });

  it('loads the reading of expressions for a template with one', async () => {
    const calculated = questionnaire([
      {
        linkId: 'sum',
        type: 'integer',
        readOnly: true,
        extension: [
          {
            url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
            valueExpression: { language: 'text/fhirpath', expression: '2 + 3' },
          },
        ],
      },
    ]);
    const parsed = await loadQuestionnaire(calculated);
    expect(fetched('expressions')).to.equal(true);
    expect(parsed.hasExpressions).to.equal(true);
    const engine = await QuestionnaireEngine.create(parsed);
    expect(engine.items[0]!.answers).to.deep.equal([{ valueInteger: 5 }]);
  });
  it('loads the reading of a saved response only when there is one to read', async () => {
    const parsed = await loadQuestionnaire(questionnaire([{ linkId: 'name', type: 'string' }]));
    const saved = {
      resourceType: 'QuestionnaireResponse',
      status: 'in-progress',
      item: [{ linkId: 'name', answer: [{ valueString: 'Aino' }] }],
    };
    await QuestionnaireEngine.create(parsed);
    expect(fetched('responses'), 'a new response').to.equal(false);
    expect(() => new QuestionnaireEngine(parsed, saved), 'the constructor cannot wait for it').to.throw(/responses/);
    const engine = await QuestionnaireEngine.create(parsed, saved);
    expect(fetched('responses')).to.equal(true);
    expect(engine.items[0]!.answers).to.deep.equal([{ valueString: 'Aino' }]);
    const refused = await QuestionnaireEngine.create(parsed, { ...saved, item: [{ linkId: 'other' }] }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((refused as ValidationError).issues.map((i) => i.code)).to.deep.equal(['unknown-item']);
    // Loaded ahead, the constructor reads one too.
    await preloadParts('responses');
    expect(new QuestionnaireEngine(parsed, saved).items[0]!.answers).to.have.length(1);
  });

  it('names the items of an enableWhen cycle as the index does (last: it imports the index)', async () => {
    const cycle = questionnaire([
      { linkId: 'a', type: 'boolean', enableWhen: [{ question: 'b', operator: 'exists', answerBoolean: true }] },
      { linkId: 'b', type: 'boolean', enableWhen: [{ question: 'a', operator: 'exists', answerBoolean: true }] },
    ]);
    const error = await loadQuestionnaire(cycle).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(ValidationError);
    expect(fetched('cycles')).to.equal(true);
    const { parseQuestionnaire } = await import('@saumaton/questionnaire');
    let fromIndex: unknown;
    try {
      parseQuestionnaire(cycle);
    } catch (e) {
      fromIndex = e;
    }
    expect((error as ValidationError).issues).to.deep.equal((fromIndex as ValidationError).issues);
    // And the index's parse, with every part at hand, gives the same choices of a ValueSet.
    expect((await loadQuestionnaire(withValueSet)).items[0]!.options).to.deep.equal(
      parseQuestionnaire(withValueSet).items[0]!.options,
    );
    expect((error as ValidationError).issues.map((i) => i.code)).to.deep.equal([
      'enable-when-cycle',
      'enable-when-cycle',
    ]);
  });
});
