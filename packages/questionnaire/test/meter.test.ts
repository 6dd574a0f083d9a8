import { expect } from '@open-wc/testing';
import { parseQuestionnaire, textIn } from '@saumaton/questionnaire';
import {
  bandOf,
  checkMeterValues,
  parseMeter,
  METER_EXTENSION,
  type MeterDefinition,
} from '@saumaton/questionnaire/meter';
import { refusal } from './helpers.js';

const SD = 'http://hl7.org/fhir/StructureDefinition/';
type Json = Record<string, unknown>;

const area = (linkId: string, text: string, min = 0, max = 10): Json => ({
  linkId,
  type: 'integer',
  text,
  extension: [
    { url: `${SD}minValue`, valueInteger: min },
    { url: `${SD}maxValue`, valueInteger: max },
  ],
});
const band = (from: number, to: number, level: string, label = level): Json => ({
  url: 'band',
  extension: [
    { url: 'from', valueInteger: from },
    { url: 'to', valueInteger: to },
    { url: 'level', valueCode: level },
    { url: 'label', valueString: label },
  ],
});

/** A small meter: two areas on 1–5, bands 1–2 / 3 / 4–5, a mean, rated by the client only. */
function meter(parts: Json[] = defaultParts(), items: Json[] = [area('a', 'Alue A', 1, 5), area('b', 'Alue B', 1, 5)]) {
  return {
    resourceType: 'Questionnaire',
    id: 'small-meter',
    url: 'https://example.org/Questionnaire/small-meter',
    version: '2.1',
    status: 'active',
    language: 'fi',
    title: 'Pieni mittari',
    publisher: 'Esimerkin hyvinvointialue',
    copyright: 'Käyttö luvanvaraista',
    extension: [{ url: METER_EXTENSION, extension: parts }],
    item: items,
  };
}
function defaultParts(): Json[] {
  return [
    { url: 'scale', valueRange: { low: { value: 1 }, high: { value: 5 } } },
    band(1, 2, 'low'),
    band(3, 3, 'middle'),
    band(4, 5, 'high'),
    { url: 'total', valueCode: 'mean' },
    { url: 'rater', valueCode: 'client' },
  ];
}
const codes = (run: () => unknown) => refusal(run).issues.map((i) => i.code);

describe('parseMeter', () => {
  it('reads a meter: its areas, scale, bands, total, raters and licence terms', () => {
    const parsed = parseMeter(meter());
    expect(parsed).to.deep.include({
      id: 'small-meter',
      url: 'https://example.org/Questionnaire/small-meter',
      version: '2.1',
      scale: { min: 1, max: 5 },
      total: 'mean',
      raters: ['client'],
      publisher: 'Esimerkin hyvinvointialue',
      copyright: 'Käyttö luvanvaraista',
    });
    expect(textIn(parsed.title, 'sv')).to.equal('Pieni mittari');
    expect(parsed.areas.map((a) => [a.linkId, a.text.base])).to.deep.equal([
      ['a', 'Alue A'],
      ['b', 'Alue B'],
    ]);
    expect(parsed.bands.map((b) => [b.from, b.to, b.level])).to.deep.equal([
      [1, 2, 'low'],
      [3, 3, 'middle'],
      [4, 5, 'high'],
    ]);
  });

  it('takes the template parseQuestionnaire gave, as well as the JSON', () => {
    expect(parseMeter(parseQuestionnaire(meter())).areas.length).to.equal(2);
  });

  it('defaults to the scale 0–10, no total, and both raters', () => {
    const parsed = parseMeter(meter([], [area('a', 'A')]));
    expect(parsed.scale).to.deep.equal({ min: 0, max: 10 });
    expect(parsed.total).to.equal(undefined);
    expect(parsed.raters).to.deep.equal(['client', 'professional']);
    expect(parsed.bands).to.deep.equal([]);
  });

  it('finds areas inside groups, and lets display items stand beside them', () => {
    const parsed = parseMeter(
      meter(defaultParts(), [
        { linkId: 'intro', type: 'display', text: 'Ohje' },
        { linkId: 'g', type: 'group', text: 'Ryhmä', item: [area('a', 'A', 1, 5)] },
      ]),
    );
    expect(parsed.areas.map((a) => a.linkId)).to.deep.equal(['a']);
  });

  it('refuses a Questionnaire without the meter extension', () => {
    const json = { ...meter(), extension: [] };
    expect(codes(() => parseMeter(json))).to.deep.equal(['not-a-meter']);
  });

  it('refuses bands that overlap, naming them', () => {
    const parts = [defaultParts()[0]!, band(1, 3, 'low'), band(3, 5, 'high')];
    const error = refusal(() => parseMeter(meter(parts)));
    expect(error.issues.map((i) => [i.code, i.message])).to.deep.equal([
      ['band-overlap', 'the bands 1–3 and 3–5 overlap'],
    ]);
  });

  it('refuses bands that leave gaps in the scale, at the start, between and at the end', () => {
    const parts = [defaultParts()[0]!, band(2, 2, 'low'), band(4, 4, 'high')];
    expect(refusal(() => parseMeter(meter(parts))).issues.map((i) => i.message)).to.deep.equal([
      'no band covers 1–1',
      'no band covers 3–3',
      'no band covers 5–5',
    ]);
  });

  it('refuses a band outside the scale, upside down, without a known level or without a label', () => {
    const noLabel = {
      url: 'band',
      extension: [
        { url: 'from', valueInteger: 1 },
        { url: 'to', valueInteger: 5 },
        { url: 'level', valueCode: 'low' },
      ],
    };
    expect(codes(() => parseMeter(meter([defaultParts()[0]!, band(0, 5, 'low')])))).to.deep.equal(['invalid-band']);
    expect(codes(() => parseMeter(meter([defaultParts()[0]!, band(5, 1, 'low')])))).to.deep.equal(['invalid-band']);
    expect(codes(() => parseMeter(meter([defaultParts()[0]!, band(1, 5, 'red')])))).to.deep.equal(['invalid-band']);
    expect(codes(() => parseMeter(meter([defaultParts()[0]!, noLabel])))).to.deep.equal(['missing-text']);
  });

  it('refuses an area that is not an integer, repeats, or is not on the scale', () => {
    const error = refusal(() =>
      parseMeter(
        meter(defaultParts(), [
          { linkId: 'words', type: 'string', text: 'Sanoin' },
          { ...area('many', 'Monta', 1, 5), repeats: true },
          area('wide', 'Leveä', 0, 10),
          { linkId: 'bare', type: 'integer', text: 'Ilman rajoja' },
        ]),
      ),
    );
    expect(error.issues.map((i) => [i.code, i.path])).to.deep.equal([
      ['area-not-integer', 'item.0'],
      ['area-not-integer', 'item.1'],
      ['area-range', 'item.2'],
      ['area-range', 'item.3'],
    ]);
    expect(error.issues[0]!.message).to.equal('item "words": an area of a meter must be an integer item, not string');
  });

  it('refuses a malformed scale, total or rater, and a meter without areas, id or title', () => {
    const scale = { url: 'scale', valueRange: { low: { value: 5 }, high: { value: 1 } } };
    expect(codes(() => parseMeter(meter([scale], [area('a', 'A')])))).to.deep.equal(['invalid-scale']);
    expect(codes(() => parseMeter(meter([{ url: 'total', valueCode: 'max' }], [area('a', 'A')])))).to.deep.equal([
      'invalid-total',
    ]);
    expect(
      codes(() =>
        parseMeter(
          meter(
            [
              { url: 'rater', valueCode: 'neighbour' },
              { url: 'rater', valueCode: 'client' },
              { url: 'rater', valueCode: 'client' },
            ],
            [area('a', 'A')],
          ),
        ),
      ),
    ).to.deep.equal(['invalid-rater', 'invalid-rater']);
    expect(codes(() => parseMeter(meter([], [{ linkId: 'd', type: 'display', text: 'Vain ohje' }])))).to.deep.equal([
      'no-areas',
    ]);
    const { id: _id, title: _title, ...untitled } = meter([], [area('a', 'A')]);
    expect(codes(() => parseMeter(untitled))).to.deep.equal(['missing-id', 'missing-text']);
  });

  it('refuses what parseQuestionnaire refuses, with its codes', () => {
    expect(codes(() => parseMeter(meter([], [{ linkId: 'x', type: 'attachment' }])))).to.deep.equal(['unsupported']);
  });
});

describe('bandOf and checkMeterValues', () => {
  let small: MeterDefinition;
  before(() => {
    small = parseMeter(meter());
  });

  it('gives the band of a value, and none for no value, a value off the scale, or a meter without bands', () => {
    expect([1, 2, 3, 4, 5].map((v) => bandOf(small, v)?.level)).to.deep.equal(['low', 'low', 'middle', 'high', 'high']);
    expect(bandOf(small, null)).to.equal(undefined);
    expect(bandOf(small, 9)).to.equal(undefined);
    expect(bandOf(parseMeter(meter([], [area('a', 'A')])), 5)).to.equal(undefined);
  });

  it('accepts whole numbers on the scale and null (not rated), and areas left out', () => {
    expect(
      checkMeterValues(small, [
        { linkId: 'a', value: 1 },
        { linkId: 'b', value: null },
      ]),
    ).to.deep.equal([]);
    expect(checkMeterValues(small, [{ linkId: 'b', value: 5 }])).to.deep.equal([]);
  });

  it('names every value that does not fit, with a stable code', () => {
    const issues = checkMeterValues(small, [
      { linkId: 'a', value: 0 },
      { linkId: 'b', value: 2.5 },
      { linkId: 'a', value: 3 },
      { linkId: 'c', value: 3 },
    ]);
    expect(issues.map((i) => [i.code, i.linkId, i.path])).to.deep.equal([
      ['out-of-scale', 'a', 'values.0.value'],
      ['not-an-integer', 'b', 'values.1.value'],
      ['duplicate-area', 'a', 'values.2'],
      ['unknown-area', 'c', 'values.3'],
    ]);
    expect(issues[0]!.message).to.equal('the value of "a" must be 1–5');
  });
});
