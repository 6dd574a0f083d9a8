/**
 * @saumaton/questionnaire — a FHIR R4 Questionnaire engine with the SDC rules renderers get
 * wrong done as the specifications say: parse a published Questionnaire (refusing, by name, what
 * it does not support), then keep what is enabled, required, valid and scored as answers change,
 * and give back the QuestionnaireResponse. Pure: no DOM, no Lit.
 */
export { parseQuestionnaire } from './parse.js';
export { loadQuestionnaire, parseLoaded, preloadParts } from './load.js';
export {
  ITEM_TYPES,
  ITEM_CONTROLS,
  OPERATORS,
  type Questionnaire,
  type TemplateItem,
  type AnswerChoice,
  type ItemTexts,
  type Condition,
  type ItemType,
  type ItemControl,
  type Operator,
} from './questionnaire.js';
export {
  QuestionnaireEngine,
  type ItemNode,
  type Change,
  type Problem,
  type ProblemCode,
  type ResponseStatus,
} from './engine.js';
export { EXT, type Answer, type Coding, type Quantity, type Extension } from './fhir.js';
export { sameCoding, type Value, type ValueKind } from './values.js';
export { textIn, inLanguage, sameLanguage, translatableOf, type Translatable } from './translations.js';
