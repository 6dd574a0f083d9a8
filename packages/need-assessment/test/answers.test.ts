import { expect } from '@open-wc/testing';
import { parseQuestionnaire } from '@saumaton/questionnaire';
import { answerFromText, answerText, bounds, choiceControl, choiceIndex, ownAnswer } from '../src/answers.js';
import { control } from './fixtures.js';

const template = parseQuestionnaire({
  resourceType: 'Questionnaire',
  status: 'active',
  item: [
    {
      linkId: 'i',
      type: 'integer',
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: 1 }],
    },
    { linkId: 'd', type: 'decimal' },
    {
      linkId: 'q',
      type: 'quantity',
      extension: [
        {
          url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit',
          valueCoding: { system: 'http://unitsofmeasure.org', code: 'kg', display: 'kg' },
        },
      ],
    },
    { linkId: 'dt', type: 'dateTime' },
    { linkId: 't', type: 'time' },
    { linkId: 'date', type: 'date' },
    { linkId: 's', type: 'string' },
    {
      linkId: 'c',
      type: 'open-choice',
      answerOption: [{ valueCoding: { system: 'urn:s', code: 'a', display: 'A' } }, { valueString: 'B' }],
    },
    { linkId: 'm', type: 'choice', repeats: true, answerOption: [{ valueString: 'x' }] },
    { linkId: 'dd', type: 'choice', extension: [control('drop-down')], answerOption: [{ valueString: 'x' }] },
  ],
});
const item = (linkId: string) => template.byLinkId.get(linkId)!;

describe('answers: between the controls and the engine', () => {
  it('reads a Finnish decimal comma, and refuses a fraction for an integer without losing it', () => {
    expect(answerFromText(item('d'), '1,5')).to.deep.equal({ valueDecimal: 1.5 });
    expect(answerFromText(item('i'), '2.5')).to.equal(undefined);
    expect(answerFromText(item('i'), ' 7 ')).to.deep.equal({ valueInteger: 7 });
    expect(answerFromText(item('i'), '  ')).to.equal(null);
  });

  it('gives a quantity its unit with system and code', () => {
    expect(answerFromText(item('q'), '72')).to.deep.equal({
      valueQuantity: { value: 72, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' },
    });
    expect(answerText(item('q'), { valueQuantity: { value: 72 } })).to.equal('72');
  });

  it('gives a dateTime the local offset, and shows the wall-clock part back', () => {
    const answer = answerFromText(item('dt'), '2026-11-30T09:15');
    expect(answer?.valueDateTime).to.match(/^2026-11-30T09:15:00[+-]\d{2}:\d{2}$/);
    expect(answerText(item('dt'), answer!)).to.equal('2026-11-30T09:15');
    expect(answerFromText(item('t'), '08:05')).to.deep.equal({ valueTime: '08:05:00' });
    expect(answerFromText(item('date'), '2026-11')).to.equal(undefined);
  });

  it('keeps a string as typed, spaces included', () => {
    expect(answerFromText(item('s'), ' kotona ')).to.deep.equal({ valueString: ' kotona ' });
  });

  it('finds a coded choice by system and code, and tells the user’s own answer apart', () => {
    const c = item('c');
    expect(choiceIndex(c, { valueCoding: { system: 'urn:s', code: 'a', display: 'other words' } })).to.equal(0);
    expect(choiceIndex(c, { valueCoding: { code: 'a' } })).to.equal(-1);
    expect(choiceIndex(c, { valueString: 'B' })).to.equal(1);
    expect(ownAnswer(c, [{ valueString: 'B' }, { valueString: 'oma' }])).to.equal('oma');
  });

  it('picks radio buttons, check boxes for a repeating choice, a select by drop-down', () => {
    expect(choiceControl(item('c'))).to.equal('radio');
    expect(choiceControl(item('m'))).to.equal('checkbox');
    expect(choiceControl(item('dd'))).to.equal('select');
  });

  it('gives number controls their bounds and step', () => {
    expect(bounds(item('i'))).to.deep.equal({ min: '1', max: undefined, step: '1' });
    expect(bounds(item('d')).step).to.equal('any');
  });
});
