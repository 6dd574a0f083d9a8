/**
 * A meter (`mittari`, a life-situation meter of the 3X10D kind, THL's AVAIN, a county's own) is a
 * Questionnaire: each area an `integer` item on one scale, and the meter's own rules in the
 * `meter` extension (`https://saumaton.fi/fhir/StructureDefinition/meter`): its scale, its
 * traffic-light bands, whether it has a total, and who may rate. Licence terms travel in the
 * standard `publisher` and `copyright`, so a licensed meter loads through the adapter as a
 * template with its terms. The README documents the extensions. Pure: no DOM.
 */
import { ValidationError, type MeterReading, type ValidationIssue } from '@saumaton/core';
import { extensionsOf, isRecord, type Extension } from './fhir.js';
import { parseQuestionnaire } from './parse.js';
import type { Questionnaire, TemplateItem } from './questionnaire.js';
import { textIn, translatableOf, type Translatable, type TranslationProblem } from './translations.js';

/** The canonical base of Saumaton's own extensions. */
export const SAUMATON_EXTENSION_BASE = 'https://saumaton.fi/fhir/StructureDefinition/';
/** The extension that makes a Questionnaire a meter. */
export const METER_EXTENSION = `${SAUMATON_EXTENSION_BASE}meter`;

export const BAND_LEVELS = ['low', 'middle', 'high'] as const;
export type BandLevel = (typeof BAND_LEVELS)[number];
export const METER_TOTALS = ['sum', 'mean'] as const;
export type MeterTotal = (typeof METER_TOTALS)[number];
export const METER_RATERS = ['client', 'professional'] as const;
export type MeterRater = (typeof METER_RATERS)[number];

/** One traffic-light band: the values `from`–`to` (both included) read as `level`. */
export interface MeterBand {
  readonly from: number;
  readonly to: number;
  readonly level: BandLevel;
  readonly label: Translatable;
}

/** One area of a meter: an integer item. */
export interface MeterArea {
  readonly linkId: string;
  readonly text: Translatable;
}

/** A meter, read from its Questionnaire. */
export interface MeterDefinition {
  readonly id: string;
  readonly url?: string;
  readonly version?: string;
  readonly title: Translatable;
  /** The areas in document order. */
  readonly areas: readonly MeterArea[];
  readonly scale: { readonly min: number; readonly max: number };
  /** In scale order; they cover the scale without gaps or overlaps (none: the meter has no bands). */
  readonly bands: readonly MeterBand[];
  /** How the areas add up to one figure; absent: the meter has no total (as the 3X10D kind). */
  readonly total?: MeterTotal;
  /** Who may rate it. */
  readonly raters: readonly MeterRater[];
  readonly publisher?: string;
  readonly copyright?: string;
}

/** Why a meter is refused: stable codes. */
export type MeterIssueCode =
  | 'not-a-meter'
  | 'missing-id'
  | 'missing-text'
  | 'invalid-scale'
  | 'invalid-band'
  | 'band-overlap'
  | 'band-gap'
  | 'invalid-total'
  | 'invalid-rater'
  | 'no-areas'
  | 'area-not-integer'
  | 'area-range'
  | 'invalid';

const DEFAULT_SCALE = { min: 0, max: 10 } as const;

const isInteger = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

/**
 * Reads a meter from its Questionnaire (the JSON as published, or one `parseQuestionnaire` gave).
 * Throws a `ValidationError` listing every problem, each with a code (`MeterIssueCode`, or the
 * codes of `parseQuestionnaire` for the template itself), the path in the JSON and a message
 * naming what is wrong.
 */
export function parseMeter(questionnaire: unknown): MeterDefinition {
  const parsed = isParsed(questionnaire) ? questionnaire : parseQuestionnaire(questionnaire);
  const resource = parsed.resource;
  const issues: ValidationIssue[] = [];
  const problem = (path: string, code: MeterIssueCode, message: string) => issues.push({ path, code, message });
  const translation = (element: Record<string, unknown>, key: string, path: string) => {
    const problems: TranslationProblem[] = [];
    const found = translatableOf(element, key, parsed.language, path, problems);
    for (const p of problems) problem(p.path, 'invalid', p.problem);
    return found;
  };

  const list: unknown[] = Array.isArray(resource.extension) ? resource.extension : [];
  const meterAt = list.findIndex((e) => isRecord(e) && e.url === METER_EXTENSION);
  if (meterAt < 0) {
    throw new ValidationError([
      { path: 'extension', code: 'not-a-meter', message: `the questionnaire has no ${METER_EXTENSION} extension` },
    ]);
  }
  if (list.filter((e) => isRecord(e) && e.url === METER_EXTENSION).length > 1) {
    problem('extension', 'invalid', 'the questionnaire has more than one meter extension');
  }
  const meterPath = `extension.${meterAt}`;
  const meter = list[meterAt] as Extension;
  const parts: unknown[] = Array.isArray(meter.extension) ? meter.extension : [];
  const named = (name: string) =>
    parts
      .map((part, i) => ({ part, path: `${meterPath}.extension.${i}` }))
      .filter((p): p is { part: Extension; path: string } => isRecord(p.part) && p.part.url === name);

  // The scale.
  let scale: { min: number; max: number } = { ...DEFAULT_SCALE };
  const scales = named('scale');
  if (scales.length > 1) problem(scales[1]!.path, 'invalid-scale', 'the meter has more than one scale');
  if (scales[0]) {
    const range = scales[0].part.valueRange;
    const low = isRecord(range) && isRecord(range.low) ? range.low.value : undefined;
    const high = isRecord(range) && isRecord(range.high) ? range.high.value : undefined;
    if (!isInteger(low) || !isInteger(high) || low >= high) {
      problem(
        `${scales[0].path}.valueRange`,
        'invalid-scale',
        'the scale must be a valueRange with whole numbers low < high',
      );
    } else {
      scale = { min: low, max: high };
    }
  }

  // The bands.
  const bands: MeterBand[] = [];
  for (const { part, path } of named('band')) {
    const fields = extensionsOf(part.extension);
    const field = (name: string) => fields.find((f) => f.url === name);
    const from = field('from')?.valueInteger;
    const to = field('to')?.valueInteger;
    const level = field('level')?.valueCode;
    const labelExt = field('label');
    const label = labelExt
      ? translation(labelExt, 'valueString', `${path}.extension.${fields.indexOf(labelExt)}`)
      : undefined;
    if (!isInteger(from) || !isInteger(to) || from > to) {
      problem(path, 'invalid-band', 'a band needs whole numbers from ≤ to (valueInteger)');
      continue;
    }
    if (from < scale.min || to > scale.max) {
      problem(path, 'invalid-band', `the band ${from}–${to} is outside the scale ${scale.min}–${scale.max}`);
      continue;
    }
    if (typeof level !== 'string' || !(BAND_LEVELS as readonly string[]).includes(level)) {
      problem(path, 'invalid-band', `a band's level must be one of ${BAND_LEVELS.join(', ')} (valueCode)`);
      continue;
    }
    if (!label) {
      problem(path, 'missing-text', 'a band needs a label (valueString)');
      continue;
    }
    bands.push({ from, to, level: level as BandLevel, label });
  }
  bands.sort((a, b) => a.from - b.from || a.to - b.to);
  if (bands.length && issues.every((i) => i.code !== 'invalid-band' && i.code !== 'missing-text')) {
    const bandsPath = named('band')[0]!.path;
    if (bands[0]!.from > scale.min) {
      problem(bandsPath, 'band-gap', `no band covers ${scale.min}–${bands[0]!.from - 1}`);
    }
    for (let i = 1; i < bands.length; i++) {
      const [before, band] = [bands[i - 1]!, bands[i]!];
      if (band.from <= before.to) {
        problem(bandsPath, 'band-overlap', `the bands ${before.from}–${before.to} and ${band.from}–${band.to} overlap`);
      } else if (band.from > before.to + 1) {
        problem(bandsPath, 'band-gap', `no band covers ${before.to + 1}–${band.from - 1}`);
      }
    }
    const last = bands[bands.length - 1]!;
    if (last.to < scale.max) problem(bandsPath, 'band-gap', `no band covers ${last.to + 1}–${scale.max}`);
  }

  // The total.
  let total: MeterTotal | undefined;
  const totals = named('total');
  if (totals.length > 1) problem(totals[1]!.path, 'invalid-total', 'the meter has more than one total');
  if (totals[0]) {
    const code = totals[0].part.valueCode;
    if (typeof code === 'string' && (METER_TOTALS as readonly string[]).includes(code)) total = code as MeterTotal;
    else problem(totals[0].path, 'invalid-total', `the total must be one of ${METER_TOTALS.join(', ')} (valueCode)`);
  }

  // Who may rate.
  const raters: MeterRater[] = [];
  for (const { part, path } of named('rater')) {
    const code = part.valueCode;
    if (typeof code !== 'string' || !(METER_RATERS as readonly string[]).includes(code)) {
      problem(path, 'invalid-rater', `a rater must be one of ${METER_RATERS.join(', ')} (valueCode)`);
    } else if (raters.includes(code as MeterRater)) {
      problem(path, 'invalid-rater', `the rater "${code}" is given twice`);
    } else {
      raters.push(code as MeterRater);
    }
  }

  // The areas: every question is an integer on the scale.
  const areas: MeterArea[] = [];
  let questions = 0;
  const walk = (items: readonly TemplateItem[]) => {
    for (const item of items) {
      if (item.type === 'group' || item.type === 'display') {
        walk(item.children);
        continue;
      }
      questions++;
      const who = `item "${item.linkId}"`;
      if (item.type !== 'integer') {
        problem(item.path, 'area-not-integer', `${who}: an area of a meter must be an integer item, not ${item.type}`);
        continue;
      }
      if (item.repeats) problem(item.path, 'area-not-integer', `${who}: an area of a meter takes one value`);
      const min = item.minValue?.kind === 'number' ? item.minValue.value : undefined;
      const max = item.maxValue?.kind === 'number' ? item.maxValue.value : undefined;
      if (min !== scale.min || max !== scale.max) {
        problem(
          item.path,
          'area-range',
          `${who}: minValue and maxValue must be the scale's ${scale.min} and ${scale.max}`,
        );
      }
      if (!item.texts.text) problem(item.path, 'missing-text', `${who}: an area needs a text`);
      else areas.push({ linkId: item.linkId, text: item.texts.text });
      walk(item.children);
    }
  };
  walk(parsed.items);
  if (questions === 0) {
    problem('item', 'no-areas', 'a meter needs at least one area');
  }

  const id = resource.id;
  if (typeof id !== 'string' || !id) problem('id', 'missing-id', 'a meter needs an id');
  if (!parsed.title) problem('title', 'missing-text', 'a meter needs a title');
  if (issues.length) throw new ValidationError(issues);

  const text = (key: string) => (typeof resource[key] === 'string' ? { [key]: resource[key] } : {});
  return {
    id: id as string,
    ...text('url'),
    ...text('version'),
    title: parsed.title!,
    areas,
    scale,
    bands,
    ...(total ? { total } : {}),
    raters: raters.length ? raters : [...METER_RATERS],
    ...text('publisher'),
    ...text('copyright'),
  };
}

const isParsed = (value: unknown): value is Questionnaire =>
  isRecord(value) && value.byLinkId instanceof Map && isRecord(value.resource);

/** The band a value falls in; undefined for no value, a value off the scale, or a meter without bands. */
export function bandOf(meter: MeterDefinition, value: number | null | undefined): MeterBand | undefined {
  if (value === null || value === undefined) return undefined;
  return meter.bands.find((band) => value >= band.from && value <= band.to);
}

/** Why the values of a reading do not fit its meter: stable codes. */
export type MeterValueIssueCode = 'unknown-area' | 'duplicate-area' | 'not-an-integer' | 'out-of-scale';

export interface MeterValueIssue extends ValidationIssue {
  readonly code: MeterValueIssueCode;
  /** The area (or the linkId that is none). */
  readonly linkId: string;
}

/**
 * Checks the values of a reading against its meter: every linkId an area, each area at most once,
 * each value a whole number on the scale or null (not rated). Areas left out are not rated. Returns
 * every problem (none: the values fit), each with the path `values.<index>`.
 */
export function checkMeterValues(
  meter: MeterDefinition,
  values: readonly { readonly linkId: string; readonly value: number | null }[],
): MeterValueIssue[] {
  const areas = new Set(meter.areas.map((a) => a.linkId));
  const seen = new Set<string>();
  const issues: MeterValueIssue[] = [];
  values.forEach(({ linkId, value }, i) => {
    const path = `values.${i}`;
    if (!areas.has(linkId)) {
      issues.push({ path, linkId, code: 'unknown-area', message: `"${linkId}" is not an area of the meter` });
      return;
    }
    if (seen.has(linkId)) {
      issues.push({ path, linkId, code: 'duplicate-area', message: `"${linkId}" is rated more than once` });
    }
    seen.add(linkId);
    if (value === null) return;
    if (!isInteger(value)) {
      issues.push({
        path: `${path}.value`,
        linkId,
        code: 'not-an-integer',
        message: `the value of "${linkId}" must be a whole number`,
      });
    } else if (value < meter.scale.min || value > meter.scale.max) {
      issues.push({
        path: `${path}.value`,
        linkId,
        code: 'out-of-scale',
        message: `the value of "${linkId}" must be ${meter.scale.min}–${meter.scale.max}`,
      });
    }
  });
  return issues;
}

/**
 * A meter and its readings as a trend view draws them (`meterTrendView` of
 * `@saumaton/elements/meter-trend` takes this shape): every text in one language, each reading
 * by its rater.
 */
export interface MeterTrendData {
  readonly meter: {
    readonly title: string;
    readonly areas: readonly { readonly linkId: string; readonly label: string }[];
    readonly scale: { readonly min: number; readonly max: number };
    readonly bands: readonly {
      readonly from: number;
      readonly to: number;
      readonly level: BandLevel;
      readonly label: string;
    }[];
  };
  readonly readings: readonly {
    readonly id: string;
    readonly date: string;
    readonly rater: MeterRater;
    readonly raterName?: string;
    readonly values: readonly { readonly linkId: string; readonly value: number | null }[];
  }[];
}

/** `meter` and `readings` as a trend view takes them, the texts in `language` (else the meter's own). */
export function meterTrendData(
  meter: MeterDefinition,
  readings: readonly MeterReading[],
  language: string,
): MeterTrendData {
  return {
    meter: {
      title: textIn(meter.title, language) ?? meter.id,
      areas: meter.areas.map((a) => ({ linkId: a.linkId, label: textIn(a.text, language) ?? a.linkId })),
      scale: meter.scale,
      bands: meter.bands.map((b) => ({
        from: b.from,
        to: b.to,
        level: b.level,
        label: textIn(b.label, language) ?? b.level,
      })),
    },
    readings: readings.map((r) => ({
      id: r.id,
      date: r.date,
      rater: r.rater.kind,
      ...(r.rater.name ? { raterName: r.rater.name } : {}),
      values: r.values,
    })),
  };
}
