/**
 * `loadQuestionnaire`: the parse that loads the parts of the engine a template uses, and only
 * those (`parts.ts`), each a chunk of its own.
 */
import { PartMissing, type Parts } from './parts.js';
import { parseWith, type Questionnaire } from './questionnaire.js';

const LOADERS: { readonly [K in keyof Parts]-?: () => Promise<NonNullable<Parts[K]>> } = {
  valueSets: () => import('./value-sets.js'),
  repetitions: () => import('./repetitions.js'),
  cycles: () => import('./cycles.js'),
  expressions: () => import('./expressions.js'),
  responses: () => import('./responses.js'),
};

/** The parts loaded so far: a second template needing one finds it loaded. */
const loaded: { -readonly [K in keyof Parts]: Parts[K] } = {};

/**
 * Loads the part `name` into `parts` (the parts a questionnaire was parsed with), unless it is
 * there: the parts of a template parsed by `parseQuestionnaire` are all there.
 */
export async function loadPart(parts: Parts, name: keyof Parts): Promise<void> {
  if (!parts[name]) (parts as Record<string, unknown>)[name] = await LOADERS[name]();
}

/**
 * Loads parts of the engine ahead, for templates parsed by `loadQuestionnaire` from now on (and
 * before): `responses` for code that reads a saved response with the engine's constructor, which
 * cannot wait (`QuestionnaireEngine.create` loads it itself).
 */
export async function preloadParts(...names: readonly (keyof Parts)[]): Promise<void> {
  await Promise.all(names.map((name) => loadPart(loaded, name)));
}

/**
 * Parses a Questionnaire as published, as `parseQuestionnaire` does, when the parts of the engine
 * it uses are loaded already (a template without them needs none); undefined when one is not:
 * `loadQuestionnaire` then loads it. For a widget that renders in the same task when it can.
 * @throws ValidationError as `parseQuestionnaire` does, when it could name every problem.
 */
export function parseLoaded(json: unknown): Questionnaire | undefined {
  try {
    return parseWith(loaded, json);
  } catch (error) {
    if (error instanceof PartMissing) return undefined;
    throw error;
  }
}

/**
 * Parses a Questionnaire as published, as `parseQuestionnaire` does, once the parts of the engine
 * it uses are loaded: the choices of a contained ValueSet, repeating groups, the naming of an
 * enableWhen cycle. A template without them loads nothing. Its engine (`QuestionnaireEngine.create`)
 * then needs nothing more than FHIRPath, for a template with expressions.
 * @throws ValidationError as `parseQuestionnaire` does (after loading what naming it needs).
 */
export async function loadQuestionnaire(json: unknown): Promise<Questionnaire> {
  for (;;) {
    try {
      return parseWith(loaded, json);
    } catch (error) {
      if (!(error instanceof PartMissing)) throw error;
      // A part that failed to load rejects, as a failed import does: the caller may try again.
      await loadPart(loaded, error.part);
    }
  }
}
