/**
 * The FHIR R4 data types the engine reads and writes, and the extension URLs it knows. Values are
 * kept as published (loose objects): what the engine does not read passes through unchanged.
 */

export interface Extension {
  readonly url: string;
  readonly [key: string]: unknown;
}

export interface Coding {
  readonly system?: string;
  readonly version?: string;
  readonly code?: string;
  readonly display?: string;
  readonly extension?: readonly Extension[];
  readonly [key: string]: unknown;
}

export interface Quantity {
  readonly value?: number;
  readonly comparator?: string;
  readonly unit?: string;
  readonly system?: string;
  readonly code?: string;
  readonly [key: string]: unknown;
}

/**
 * One answer of a response item, as QuestionnaireResponse holds it: exactly one `value[x]`, and
 * whatever else was published with it (extensions) kept as it was. Nested items (`answer.item`)
 * are not part of an answer here: the engine keeps them as the question's child items.
 */
export interface Answer {
  readonly valueBoolean?: boolean;
  readonly valueDecimal?: number;
  readonly valueInteger?: number;
  readonly valueDate?: string;
  readonly valueDateTime?: string;
  readonly valueTime?: string;
  readonly valueString?: string;
  readonly valueUri?: string;
  readonly valueCoding?: Coding;
  readonly valueQuantity?: Quantity;
  readonly [key: string]: unknown;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The objects of a list; anything else (or a list that is not one) is skipped. */
export const recordsOf = (list: unknown): Record<string, unknown>[] =>
  Array.isArray(list) ? list.filter(isRecord) : [];

/** The well-formed extensions (objects with a `url`) of an element's `extension`. */
export const extensionsOf = (list: unknown): Extension[] =>
  recordsOf(list).filter((e): e is Extension => typeof e.url === 'string');

/** The `value[x]` keys an answer may have here. */
export const ANSWER_KEYS = [
  'valueBoolean',
  'valueDecimal',
  'valueInteger',
  'valueDate',
  'valueDateTime',
  'valueTime',
  'valueString',
  'valueUri',
  'valueCoding',
  'valueQuantity',
] as const;
export type AnswerKey = (typeof ANSWER_KEYS)[number];

const SD = 'http://hl7.org/fhir/StructureDefinition/';
const SDC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/';

/** The extensions the engine reads. */
export const EXT = {
  minValue: `${SD}minValue`,
  maxValue: `${SD}maxValue`,
  entryFormat: `${SD}entryFormat`,
  itemControl: `${SD}questionnaire-itemControl`,
  hidden: `${SD}questionnaire-hidden`,
  unit: `${SD}questionnaire-unit`,
  sliderStepValue: `${SD}questionnaire-sliderStepValue`,
  ordinalValue: `${SD}ordinalValue`,
  itemWeight: `${SD}itemWeight`,
  valueSetOrdinalValue: `${SD}valueset-ordinalValue`,
  calculatedExpression: `${SDC}sdc-questionnaire-calculatedExpression`,
  initialExpression: `${SDC}sdc-questionnaire-initialExpression`,
  enableWhenExpression: `${SDC}sdc-questionnaire-enableWhenExpression`,
  variable: `${SD}variable`,
  minOccurs: `${SD}questionnaire-minOccurs`,
  maxOccurs: `${SD}questionnaire-maxOccurs`,
  translation: `${SD}translation`,
} as const;

export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';

/**
 * Extensions that change what a form does; the engine does not implement them, so a template
 * using one is refused rather than shown without it. The value is the error's wording.
 */
export const REFUSED_EXTENSIONS: Readonly<Record<string, string>> = {
  [`${SDC}sdc-questionnaire-answerExpression`]: 'answerExpression is not yet supported (FHIRPath expressions)',
  [`${SDC}sdc-questionnaire-candidateExpression`]: 'candidateExpression is not yet supported (FHIRPath expressions)',
  [`${SDC}sdc-questionnaire-contextExpression`]: 'contextExpression is not yet supported (FHIRPath expressions)',
  [`${SDC}sdc-questionnaire-answerOptionsToggleExpression`]:
    'answerOptionsToggleExpression is not yet supported (FHIRPath expressions)',
  [`${SD}cqf-expression`]: 'cqf-expression is not supported (CQL expressions)',
  [`${SD}cqf-library`]: 'cqf-library is not supported (CQL libraries)',
  [`${SD}cqf-calculatedValue`]: 'cqf-calculatedValue is not supported (CQL expressions)',
  [`${SD}cqf-initialValue`]: 'cqf-initialValue is not supported (CQL expressions)',
  [`${SD}questionnaire-constraint`]: 'questionnaire-constraint is not yet supported (expression constraints)',
  [`${SD}questionnaire-unitOption`]: 'questionnaire-unitOption is not yet supported',
  [`${SD}questionnaire-unitValueSet`]: 'questionnaire-unitValueSet is not yet supported',
  [`${SD}questionnaire-optionExclusive`]: 'questionnaire-optionExclusive is not yet supported',
  [`${SD}minLength`]: 'minLength is not yet supported',
  [`${SD}regex`]: 'regex is not yet supported',
  [`${SD}maxDecimalPlaces`]: 'maxDecimalPlaces is not yet supported',
  [`${SD}maxSize`]: 'maxSize is not yet supported',
  [`${SD}mimeType`]: 'mimeType is not yet supported',
  [`${SD}questionnaire-referenceResource`]: 'questionnaire-referenceResource is not yet supported',
};
