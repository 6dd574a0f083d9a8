/**
 * `parseQuestionnaire`: the parse with every part of the engine at hand (`parts.ts`), for code
 * that parses synchronously. A widget whose first chunk must stay small uses `loadQuestionnaire`
 * (`@saumaton/questionnaire/lazy`) instead, which loads a part only for a template that uses it.
 */
import * as cycles from './cycles.js';
import * as expressions from './expressions.js';
import { parseWith, type Questionnaire } from './questionnaire.js';
import * as repetitions from './repetitions.js';
import * as responses from './responses.js';
import * as valueSets from './value-sets.js';

/**
 * Parses a Questionnaire as published. Throws a `ValidationError` listing every problem, each
 * with the path (`item.0.item.2.type`), a message naming the linkId and the construct, and a
 * code: `unsupported` (the engine does not do this yet), `invalid` (the template is broken) or
 * `enable-when-cycle`.
 */
export const parseQuestionnaire = (json: unknown): Questionnaire =>
  parseWith({ valueSets, repetitions, cycles, expressions, responses }, json);
