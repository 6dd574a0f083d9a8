/**
 * `@saumaton/questionnaire/meter`: meters (the life-situation meter, licensed ones such as 3X10D)
 * read from their Questionnaires, their bands and the check of a reading's values. A module of its
 * own, so that a widget that only renders a form never carries it.
 */
export {
  parseMeter,
  meterTrendData,
  bandOf,
  checkMeterValues,
  METER_EXTENSION,
  SAUMATON_EXTENSION_BASE,
  BAND_LEVELS,
  METER_TOTALS,
  METER_RATERS,
  type MeterDefinition,
  type MeterTrendData,
  type MeterArea,
  type MeterBand,
  type BandLevel,
  type MeterTotal,
  type MeterRater,
  type MeterIssueCode,
  type MeterValueIssue,
  type MeterValueIssueCode,
} from './meter.js';
