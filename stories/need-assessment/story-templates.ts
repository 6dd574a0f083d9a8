/**
 * Questionnaires for the need assessment's stories, given to the widget as its `template`
 * property: one with every item type and control the renderer supports, a repeating group whose
 * conditions look at their own repetition, and a generated large form.
 */
type Json = Record<string, unknown>;

const SD = 'http://hl7.org/fhir/StructureDefinition/';
const control = (code: string) => ({
  url: `${SD}questionnaire-itemControl`,
  valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code }] },
});
const unit = (code: string, display: string) => ({
  url: `${SD}questionnaire-unit`,
  valueCoding: { system: 'http://unitsofmeasure.org', code, display },
});
const help = (linkId: string, text: string) => ({ linkId, type: 'display', text, extension: [control('help')] });
const options = (...texts: string[]) => texts.map((valueString) => ({ valueString }));

/**
 * Every item type and control the renderer supports, in one form: a group, a display text, a
 * boolean, decimal, integer, date, dateTime, time, string, text, url, choice, open-choice and
 * quantity; a slider, a drop-down and check boxes; help texts, units, an entry format, bounds,
 * required and read-only items; a repeating question and a repeating group.
 */
export const everyItemType: Json = {
  resourceType: 'Questionnaire',
  id: 'every-item-type',
  status: 'draft',
  language: 'en',
  title: 'Every item type',
  item: [
    {
      linkId: 'basics',
      type: 'group',
      text: 'Texts, numbers and times',
      item: [
        { linkId: 'intro', type: 'display', text: 'A display item: a paragraph of text, nothing to answer.' },
        {
          linkId: 'name',
          type: 'string',
          text: 'Name the client uses',
          required: true,
          item: [help('name-help', 'A help item: shown as the hint of its question.')],
        },
        { linkId: 'story', type: 'text', text: 'The situation in the client’s own words', maxLength: 2000 },
        { linkId: 'homepage', type: 'url', text: 'A web page about the service' },
        { linkId: 'visits', type: 'integer', text: 'Home care visits a week', extension: [unit('/wk', 'a week')] },
        {
          linkId: 'weight',
          type: 'decimal',
          text: 'Weight',
          extension: [unit('kg', 'kg'), { url: `${SD}minValue`, valueDecimal: 20 }],
        },
        {
          linkId: 'water',
          type: 'quantity',
          text: 'Water drunk a day',
          extension: [unit('L', 'litres')],
        },
        {
          linkId: 'since',
          type: 'date',
          text: 'Living alone since',
          extension: [{ url: `${SD}entryFormat`, valueString: 'YYYY-MM-DD' }],
        },
        { linkId: 'last-visit', type: 'dateTime', text: 'The last home visit' },
        { linkId: 'meal', type: 'time', text: 'When lunch is delivered' },
        {
          linkId: 'case',
          type: 'string',
          text: 'Case number (read-only)',
          readOnly: true,
          initial: [{ valueString: 'A-2041' }],
        },
      ],
    },
    {
      linkId: 'choices',
      type: 'group',
      text: 'Answers to choose',
      item: [
        { linkId: 'alone', type: 'boolean', text: 'Does the client live alone?' },
        {
          linkId: 'housing',
          type: 'choice',
          text: 'Housing (radio buttons)',
          answerOption: options('Own home', 'Service housing', 'Family care'),
        },
        {
          linkId: 'municipality',
          type: 'choice',
          text: 'Wellbeing services county (drop-down)',
          extension: [control('drop-down')],
          answerOption: options('Helsinki', 'Western Uusimaa', 'Pirkanmaa', 'North Ostrobothnia', 'Lapland'),
        },
        {
          linkId: 'support',
          type: 'choice',
          text: 'Support needed (check boxes)',
          repeats: true,
          extension: [control('check-box')],
          answerOption: options('Meals', 'Cleaning', 'Medication', 'Transport'),
        },
        {
          linkId: 'language',
          type: 'open-choice',
          text: 'Language of service (open choice)',
          answerOption: options('Finnish', 'Swedish', 'Sámi'),
        },
        {
          linkId: 'coping',
          type: 'integer',
          text: 'Coping with daily life, 0–10 (slider)',
          extension: [
            control('slider'),
            { url: `${SD}minValue`, valueInteger: 0 },
            { url: `${SD}maxValue`, valueInteger: 10 },
            { url: `${SD}questionnaire-sliderStepValue`, valueInteger: 1 },
          ],
        },
      ],
    },
    {
      linkId: 'phones',
      type: 'string',
      text: 'Phone numbers (a repeating question)',
      repeats: true,
    },
    {
      linkId: 'contact',
      type: 'group',
      text: 'Close relative (a repeating group)',
      repeats: true,
      item: [
        { linkId: 'contact-name', type: 'string', text: 'Name' },
        {
          linkId: 'contact-relation',
          type: 'choice',
          text: 'Relation',
          answerOption: options('Child', 'Spouse', 'Other'),
        },
      ],
    },
  ],
};

/**
 * A repeating group whose inner question is behind a condition on its own repetition: SDC says
 * a condition looks at the nearest occurrence (its own repetition first), never at the first one
 * in the form, as some renderers did.
 */
export const conditionsInRepeats: Json = {
  resourceType: 'Questionnaire',
  id: 'conditions-in-repeats',
  status: 'draft',
  language: 'en',
  title: 'Household members',
  item: [
    {
      linkId: 'member',
      type: 'group',
      text: 'Household member',
      repeats: true,
      item: [
        { linkId: 'member-name', type: 'string', text: 'Name' },
        { linkId: 'member-needs-help', type: 'boolean', text: 'Does this person need help daily?' },
        {
          linkId: 'member-help',
          type: 'text',
          text: 'What help does this person need?',
          enableWhen: [{ question: 'member-needs-help', operator: '=', answerBoolean: true }],
        },
      ],
    },
  ],
};

/** Two household members: only the first needs help, so only their repetition asks what help. */
export const twoMembers: Json = {
  resourceType: 'QuestionnaireResponse',
  status: 'in-progress',
  item: [
    {
      linkId: 'member',
      item: [
        { linkId: 'member-name', answer: [{ valueString: 'Aino' }] },
        { linkId: 'member-needs-help', answer: [{ valueBoolean: true }] },
        { linkId: 'member-help', answer: [{ valueString: 'Getting dressed in the morning' }] },
      ],
    },
    {
      linkId: 'member',
      item: [
        { linkId: 'member-name', answer: [{ valueString: 'Eero' }] },
        { linkId: 'member-needs-help', answer: [{ valueBoolean: false }] },
      ],
    },
  ],
};

const TYPES = ['string', 'integer', 'boolean', 'choice', 'date', 'text'] as const;

/**
 * A form of `size` items, made as the bench makes its own: a top-level question that opens
 * further questions, then sections of nine questions (about a fifth of them behind a condition),
 * then single questions up to `size`.
 */
export function largeForm(size: number): Json {
  const items: Json[] = [{ linkId: 'gate', type: 'boolean', text: 'Does the client need more support?' }];
  let n = 1;
  let q = 0;
  for (let g = 0; n + 10 <= size; g++) {
    const children: Json[] = [];
    for (let i = 0; i < 9; i++) {
      const type = TYPES[q % TYPES.length]!;
      const behind = q % 10 === 3 ? 'gate' : q % 10 === 7 && i > 0 ? `g${g}-q0` : undefined;
      q++;
      children.push({
        linkId: `g${g}-q${i}`,
        type,
        text: `Question ${q} (${type})`,
        ...(type === 'choice' ? { answerOption: options('Never', 'Sometimes', 'Often') } : {}),
        ...(behind === 'gate'
          ? { enableWhen: [{ question: 'gate', operator: '=', answerBoolean: true }] }
          : behind
            ? { enableWhen: [{ question: behind, operator: 'exists', answerBoolean: true }] }
            : {}),
      });
    }
    items.push({ linkId: `g${g}`, type: 'group', text: `Section ${g + 1}`, item: children });
    n += 10;
  }
  for (; n < size; n++) items.push({ linkId: `end-${n}`, type: 'string', text: `Question ${++q} (string)` });
  return {
    resourceType: 'Questionnaire',
    id: `large-${size}`,
    status: 'draft',
    language: 'en',
    title: `A form of ${size} items`,
    item: items,
  };
}
