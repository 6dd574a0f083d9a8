/**
 * @saumaton/questionnaire — a FHIR R4 Questionnaire engine with the SDC rules renderers get
 * wrong done as the specifications say: parse a published Questionnaire (refusing, by name, what
 * it does not support), then keep what is enabled, required, valid and scored as answers change,
 * and give back the QuestionnaireResponse. Pure: no DOM, no Lit.
 *
 * Everything `@saumaton/questionnaire/lazy` has, and `parseQuestionnaire`, which parses at once
 * with every part of the engine at hand (see `parts.ts`).
 */
export * from './lazy-index.js';
export { parseQuestionnaire } from './parse.js';
