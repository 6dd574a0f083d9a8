import { expect } from '@open-wc/testing';
import { ValidationError } from '@saumaton/core';
import { parseQuestionnaire } from '@saumaton/questionnaire';
import { questionnaire, refusal } from './helpers.js';

const SD = 'http://hl7.org/fhir/StructureDefinition/';
const SDC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/';
const control = (code: string) => ({
  url: `${SD}questionnaire-itemControl`,
  valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code }] },
});

describe('parsing a Questionnaire', () => {
  it('reads every supported item type, with its flags, in document order', () => {
    const types = ['boolean', 'decimal', 'integer', 'date', 'dateTime', 'time', 'string', 'text', 'url', 'quantity'];
    const parsed = parseQuestionnaire(
      questionnaire([
        {
          linkId: 'g',
          type: 'group',
          text: 'Group',
          repeats: true,
          item: [
            { linkId: 'd', type: 'display', text: 'Read this' },
            ...types.map((type) => ({ linkId: type, type, required: true, readOnly: type === 'url' })),
            { linkId: 'choice', type: 'choice', answerOption: [{ valueString: 'a' }] },
            { linkId: 'open', type: 'open-choice', answerOption: [{ valueInteger: 1 }] },
          ],
        },
      ]),
    );
    const g = parsed.items[0]!;
    expect(g).to.include({ linkId: 'g', type: 'group', repeats: true, text: 'Group' });
    expect(g.children.map((c) => c.type)).to.deep.equal(['display', ...types, 'choice', 'open-choice']);
    expect(parsed.byLinkId.get('url')).to.include({ required: true, readOnly: true });
    expect(parsed.byLinkId.get('decimal')!.answerKeys).to.deep.equal(['valueDecimal']);
    expect(parsed.byLinkId.get('url')!.answerKeys).to.deep.equal(['valueUri']);
    expect(parsed.byLinkId.get('choice')!.answerKeys).to.deep.equal(['valueString']);
    expect(parsed.byLinkId.get('open')!.answerKeys).to.deep.equal(['valueInteger', 'valueString']);
    expect(parsed.byLinkId.get('d')!.parent).to.equal(g);
  });

  it('keeps the elements it does not read, as published', () => {
    const json = questionnaire([{ linkId: 'a', type: 'string', code: [{ code: 'x' }], definition: 'http://d' }], {
      publisher: 'County',
      extension: [{ url: 'http://example.org/ours', valueString: 'kept' }],
    });
    const parsed = parseQuestionnaire(json);
    expect(parsed.resource.publisher).to.equal('County');
    expect(parsed.resource.extension).to.deep.equal([{ url: 'http://example.org/ours', valueString: 'kept' }]);
    expect(parsed.items[0]!.source.definition).to.equal('http://d');
  });

  it('reads the SDC extensions it supports', () => {
    const parsed = parseQuestionnaire(
      questionnaire([
        {
          linkId: 'pain',
          type: 'integer',
          extension: [
            { url: `${SD}minValue`, valueInteger: 0 },
            { url: `${SD}maxValue`, valueInteger: 10 },
            { url: `${SD}questionnaire-sliderStepValue`, valueInteger: 1 },
            { url: `${SD}entryFormat`, valueString: '0–10' },
            control('slider'),
          ],
        },
        {
          linkId: 'weight',
          type: 'decimal',
          extension: [
            { url: `${SD}questionnaire-unit`, valueCoding: { system: 'http://unitsofmeasure.org', code: 'kg' } },
          ],
        },
        { linkId: 'secret', type: 'string', extension: [{ url: `${SD}questionnaire-hidden`, valueBoolean: true }] },
        { linkId: 'help', type: 'display', extension: [control('help')] },
        { linkId: 'born', type: 'date', extension: [{ url: `${SD}minValue`, valueDate: '1900-01-01' }] },
      ]),
    );
    expect(parsed.byLinkId.get('pain')).to.deep.include({
      minValue: { kind: 'number', value: 0 },
      maxValue: { kind: 'number', value: 10 },
      sliderStep: 1,
      entryFormat: '0–10',
      control: 'slider',
    });
    expect(parsed.byLinkId.get('weight')!.unit).to.deep.equal({ system: 'http://unitsofmeasure.org', code: 'kg' });
    expect(parsed.byLinkId.get('secret')!.hidden).to.be.true;
    expect(parsed.byLinkId.get('help')!.control).to.equal('help');
    expect(parsed.byLinkId.get('born')!.minValue).to.deep.equal({ kind: 'temporal', value: '1900-01-01' });
  });

  it('reads answer options with their weights and initialSelected, and initial answers', () => {
    const parsed = parseQuestionnaire(
      questionnaire([
        {
          linkId: 'mood',
          type: 'choice',
          answerOption: [
            { valueCoding: { system: 's', code: '0' }, extension: [{ url: `${SD}ordinalValue`, valueDecimal: 0 }] },
            {
              valueCoding: { system: 's', code: '1' },
              extension: [{ url: `${SD}itemWeight`, valueDecimal: 2 }],
              initialSelected: true,
            },
            { valueCoding: { system: 's', code: '2', extension: [{ url: `${SD}ordinalValue`, valueDecimal: 3 }] } },
            { valueDate: '2020-01-01' },
          ],
        },
        { linkId: 'name', type: 'string', initial: [{ valueString: 'Maija' }] },
      ]),
    );
    const mood = parsed.byLinkId.get('mood')!;
    expect(mood.options!.map((o) => o.weight)).to.deep.equal([0, 2, 3, undefined]);
    expect(mood.initial).to.deep.equal([{ valueCoding: { system: 's', code: '1' } }]);
    expect(mood.answerKeys).to.have.members(['valueCoding', 'valueDate']);
    expect(parsed.byLinkId.get('name')!.initial).to.deep.equal([{ valueString: 'Maija' }]);
  });

  it('takes the choices of a contained ValueSet, expanded or listing its concepts', () => {
    const parsed = parseQuestionnaire(
      questionnaire(
        [
          { linkId: 'a', type: 'choice', answerValueSet: '#expanded' },
          { linkId: 'b', type: 'choice', answerValueSet: '#listed' },
        ],
        {
          contained: [
            {
              resourceType: 'ValueSet',
              id: 'expanded',
              status: 'active',
              expansion: {
                timestamp: '2024-01-01',
                contains: [
                  { system: 's', code: 'x', display: 'X', extension: [{ url: `${SD}itemWeight`, valueDecimal: 4 }] },
                  { abstract: true, display: 'heading', contains: [{ system: 's', code: 'y' }] },
                ],
              },
            },
            {
              resourceType: 'ValueSet',
              id: 'listed',
              status: 'active',
              compose: { include: [{ system: 't', concept: [{ code: '1', display: 'One' }] }] },
            },
          ],
        },
      ),
    );
    expect(parsed.byLinkId.get('a')!.options!.map((o) => [o.answer, o.weight])).to.deep.equal([
      [{ valueCoding: { system: 's', code: 'x', display: 'X' } }, 4],
      [{ valueCoding: { system: 's', code: 'y' } }, undefined],
    ]);
    expect(parsed.byLinkId.get('b')!.options!.map((o) => o.answer)).to.deep.equal([
      { valueCoding: { system: 't', code: '1', display: 'One' } },
    ]);
  });

  it('indexes the dependants of each question, and orders evaluation after parents and questions', () => {
    const parsed = parseQuestionnaire(
      questionnaire([
        {
          linkId: 'late',
          type: 'string',
          enableWhen: [{ question: 'early', operator: 'exists', answerBoolean: true }],
        },
        { linkId: 'early', type: 'string' },
      ]),
    );
    expect(parsed.dependants.get('early')!.map((i) => i.linkId)).to.deep.equal(['late']);
    expect(parsed.evaluationOrder.map((i) => i.linkId)).to.deep.equal(['early', 'late']);
  });

  describe('refuses with a ValidationError naming the item and the construct', () => {
    const cases: [string, unknown[], Record<string, unknown>, string, string][] = [
      [
        'an unsupported item type',
        [{ linkId: 'file', type: 'attachment' }],
        {},
        'item.0.type',
        'item "file": type "attachment" is not supported',
      ],
      [
        'an answerExpression (not yet supported)',
        [
          {
            linkId: 'x',
            type: 'choice',
            answerOption: [{ valueString: 'a' }],
            extension: [{ url: `${SDC}sdc-questionnaire-answerExpression`, valueExpression: {} }],
          },
        ],
        {},
        'item.0.extension.0',
        'item "x": answerExpression is not yet supported (FHIRPath expressions)',
      ],
      [
        'a variable by FHIR query',
        [{ linkId: 'x', type: 'string' }],
        {
          extension: [
            {
              url: `${SD}variable`,
              valueExpression: { name: 'p', language: 'application/x-fhir-query', expression: 'Patient' },
            },
          ],
        },
        'extension.0',
        'the questionnaire: variable in application/x-fhir-query is not supported (only text/fhirpath)',
      ],
      [
        'a questionnaire-constraint',
        [{ linkId: 'x', type: 'string', extension: [{ url: `${SD}questionnaire-constraint`, extension: [] }] }],
        {},
        'item.0.extension.0',
        'item "x": questionnaire-constraint is not yet supported',
      ],
      [
        'a modifierExtension',
        [{ linkId: 'x', type: 'string', modifierExtension: [{ url: 'http://example.org/m', valueBoolean: true }] }],
        {},
        'item.0.modifierExtension.0',
        'item "x": modifierExtension "http://example.org/m" is not supported',
      ],
      [
        'an itemControl it does not know',
        [{ linkId: 'x', type: 'group', extension: [control('gtable')], item: [{ linkId: 'y', type: 'string' }] }],
        {},
        'item.0.extension.0',
        'item "x": itemControl "gtable" is not supported',
      ],
      [
        'an answerValueSet that needs a terminology server',
        [{ linkId: 'x', type: 'choice', answerValueSet: 'http://loinc.org/vs/LL358-3' }],
        {},
        'item.0.answerValueSet',
        'item "x": answerValueSet "http://loinc.org/vs/LL358-3" is not supported',
      ],
      [
        'a contained ValueSet with filters',
        [{ linkId: 'x', type: 'choice', answerValueSet: '#vs' }],
        { contained: [{ resourceType: 'ValueSet', id: 'vs', compose: { include: [{ system: 's', filter: [{}] }] } }] },
        'item.0.answerValueSet',
        'item "x": answerValueSet "#vs" is not supported',
      ],
      [
        'an answerOption valueReference',
        [{ linkId: 'x', type: 'choice', answerOption: [{ valueReference: { reference: 'Patient/1' } }] }],
        {},
        'item.0.answerOption.0',
        'item "x": answerOption valueReference is not supported',
      ],
      [
        'an enableWhen answerReference',
        [
          { linkId: 'x', type: 'string' },
          { linkId: 'y', type: 'string', enableWhen: [{ question: 'x', operator: '=', answerReference: {} }] },
        ],
        {},
        'item.1.enableWhen.0',
        'item "y": enableWhen answerReference is not supported',
      ],
      [
        'items under a repeating question',
        [{ linkId: 'x', type: 'string', repeats: true, item: [{ linkId: 'y', type: 'string' }] }],
        {},
        'item.0.item.0',
        'item "y": an item under a repeating question ("x") is not supported',
      ],
    ];
    for (const [name, items, more, path, message] of cases) {
      it(name, () => {
        const error = refusal(() => parseQuestionnaire(questionnaire(items, more)));
        expect(error.issues[0]).to.include({ path, code: 'unsupported' });
        expect(error.issues[0]!.message).to.contain(message);
      });
    }
  });

  describe('refuses a broken template, naming the item', () => {
    const cases: [string, unknown[], string, string][] = [
      [
        'a linkId used twice',
        [
          { linkId: 'a', type: 'string' },
          { linkId: 'a', type: 'string' },
        ],
        'item.1.linkId',
        'item "a": the linkId is used twice',
      ],
      [
        'a choice without choices',
        [{ linkId: 'c', type: 'choice' }],
        'item.0',
        'item "c": a choice item needs answerOption or answerValueSet',
      ],
      [
        'an enableWhen on an item that does not exist',
        [{ linkId: 'a', type: 'string', enableWhen: [{ question: 'nope', operator: 'exists', answerBoolean: true }] }],
        'item.0.enableWhen.0',
        'item "a": enableWhen looks at "nope", which is not in the questionnaire',
      ],
      [
        'an enableWhen on a group',
        [
          { linkId: 'g', type: 'group', item: [{ linkId: 'x', type: 'string' }] },
          { linkId: 'a', type: 'string', enableWhen: [{ question: 'g', operator: 'exists', answerBoolean: true }] },
        ],
        'item.1.enableWhen.0',
        'a group, not a question',
      ],
      [
        'a minValue of another type',
        [{ linkId: 'n', type: 'integer', extension: [{ url: `${SD}minValue`, valueDate: '2020-01-01' }] }],
        'item.0.extension.0',
        'item "n": minValue must be a value of the item\'s type (integer)',
      ],
      [
        'an initial value of another type',
        [{ linkId: 'n', type: 'integer', initial: [{ valueString: 'one' }] }],
        'item.0.initial.0',
        'item "n": initial must be one well-formed valueInteger',
      ],
      [
        'several initialSelected on an item that does not repeat',
        [
          {
            linkId: 'c',
            type: 'choice',
            answerOption: [
              { valueString: 'a', initialSelected: true },
              { valueString: 'b', initialSelected: true },
            ],
          },
        ],
        'item.0',
        'several answerOptions are initialSelected',
      ],
      [
        'items under a display item',
        [{ linkId: 'd', type: 'display', item: [{ linkId: 'x', type: 'string' }] }],
        'item.0.item.0',
        'a display item ("d")',
      ],
    ];
    for (const [name, items, path, message] of cases) {
      it(name, () => {
        const error = refusal(() => parseQuestionnaire(questionnaire(items)));
        expect(error.issues[0]).to.include({ path, code: 'invalid' });
        expect(error.issues[0]!.message).to.contain(message);
      });
    }

    it('something that is not a Questionnaire at all, with the path', () => {
      for (const bad of [
        null,
        'text',
        { resourceType: 'Patient' },
        { resourceType: 'Questionnaire', item: [{ type: 'string' }] },
      ]) {
        expect(() => parseQuestionnaire(bad)).to.throw(ValidationError);
      }
      expect(
        refusal(() => parseQuestionnaire({ resourceType: 'Questionnaire', item: [{ type: 'string' }] })).path,
      ).to.equal('item.0.linkId');
    });

    it('lists every problem at once', () => {
      const error = refusal(() =>
        parseQuestionnaire(
          questionnaire([
            { linkId: 'a', type: 'attachment' },
            { linkId: 'b', type: 'reference' },
          ]),
        ),
      );
      expect(error.issues.map((i) => i.path)).to.deep.equal(['item.0.type', 'item.1.type']);
    });
  });
});
