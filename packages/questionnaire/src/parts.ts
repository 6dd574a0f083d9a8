/**
 * The parts of the engine that only some templates use, each a module of its own: the choices of
 * a contained ValueSet (`value-sets.ts`), repeating groups (`repetitions.ts`), the naming of an
 * enableWhen cycle (`cycles.ts`), the reading of FHIRPath expressions (`expressions.ts`: a
 * template with one loads FHIRPath too) and the reading of a saved response (`responses.ts`,
 * loaded by `QuestionnaireEngine.create` when it is given one). `parseQuestionnaire` (the package's index) has every part at
 * hand; `loadQuestionnaire` (`@saumaton/questionnaire/lazy`) loads a part only when the template
 * asks for it, so that a widget's first chunk carries none of them. A parse that meets a
 * construct whose part is not there stops with `PartMissing`; the loader loads it and parses
 * again. A parsed Questionnaire keeps the parts it was parsed with, for its engine.
 */
import type * as Cycles from './cycles.js';
import type * as Expressions from './expressions.js';
import type * as Repetitions from './repetitions.js';
import type * as Responses from './responses.js';
import type * as ValueSets from './value-sets.js';

export interface Parts {
  readonly valueSets?: typeof ValueSets;
  readonly repetitions?: typeof Repetitions;
  readonly cycles?: typeof Cycles;
  readonly expressions?: typeof Expressions;
  readonly responses?: typeof Responses;
}

/** A parse met a construct whose part is not loaded (see `loadQuestionnaire`). */
export class PartMissing extends Error {
  constructor(readonly part: keyof Parts) {
    super(`the questionnaire needs its ${part} part: parse it with parseQuestionnaire or loadQuestionnaire`);
  }
}

/** The part `name`. @throws PartMissing when it is not among `parts`. */
export function partOf<K extends keyof Parts>(parts: Parts, name: K): NonNullable<Parts[K]> {
  const part = parts[name];
  if (!part) throw new PartMissing(name);
  return part;
}
