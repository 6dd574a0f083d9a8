/**
 * `@saumaton/questionnaire/lazy`: the engine for a widget whose first chunk must stay small. It
 * parses with `loadQuestionnaire`, which loads the parts only some templates use (the choices of
 * a contained ValueSet, repeating groups, the naming of an enableWhen cycle) when a template uses
 * them; the package's index also gives `parseQuestionnaire`, which has them all at hand and so
 * carries them all. Import one or the other: a bundler places modules by the import graph, so
 * importing the index would put every part into the chunk that imports it.
 */
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
