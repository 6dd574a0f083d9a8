/**
 * FHIRPath for the SDC expressions (`calculatedExpression`, `initialExpression`,
 * `enableWhenExpression`, `variable`), through HL7's `fhirpath` package. It is loaded here, by a
 * dynamic import, and only by `QuestionnaireEngine.create()` for a template that has an
 * expression: a bundler splits it (and the R4 model) into a chunk of their own, and a form
 * without expressions never loads them.
 */
import { ValidationError } from '@saumaton/core';

/** One expression as the template gives it (`valueExpression`). */
export interface Expression {
  readonly expression: string;
  /** The variable's name, for `variable`. */
  readonly name?: string;
}

/** What the engine needs from FHIRPath. */
export interface ExpressionEvaluator {
  /**
   * Evaluates `expression` on `context` (a part of a QuestionnaireResponse at `base`, or the
   * response itself when `base` is undefined) with these `%variables`.
   * @throws ValidationError (code `expression-error`) naming `linkId`, when it fails.
   */
  evaluate(
    linkId: string | undefined,
    expression: string,
    context: unknown,
    base: string | undefined,
    variables: Readonly<Record<string, unknown>>,
  ): unknown[];
}

type Compiled = (resource: unknown, env?: Record<string, unknown>) => unknown[];

/** Loads FHIRPath and the part of the R4 model a Questionnaire's expressions need. */
export async function loadFhirPath(): Promise<ExpressionEvaluator> {
  const [{ default: fhirpath }, { data }] = await Promise.all([import('fhirpath'), import('./generated/r4-model.js')]);
  const model = r4Model(data);
  const compiled = new Map<string, Compiled>();
  return {
    evaluate(linkId, expression, context, base, variables) {
      const key = `${base ?? ''}\n${expression}`;
      try {
        let run = compiled.get(key);
        if (!run) {
          run = fhirpath.compile(base ? { base, expression } : expression, model as never) as Compiled;
          compiled.set(key, run);
        }
        return run(context, { ...variables });
      } catch (error) {
        throw new ValidationError(
          [
            {
              path: '',
              message: `${linkId === undefined ? 'the questionnaire' : `item "${linkId}"`}: the expression "${expression}" failed: ${String(error instanceof Error ? error.message : error)}`,
              code: 'expression-error',
            },
          ],
          { cause: error },
        );
      }
    },
  };
}

/** fhirpath's model object from the generated tables, as its own `fhir-context/r4` makes it. */
function r4Model(data: Readonly<Record<string, unknown>>) {
  const type2Parent = data.type2Parent as Record<string, string>;
  const path2Type = { ...(data.path2Type as Record<string, string | { code: string; refType: string[] }>) };
  const path2TypeWithoutElements: Record<string, string> = {};
  const path2RefType: Record<string, string[]> = {};
  for (const [path, type] of Object.entries(path2Type)) {
    if (typeof type === 'object') {
      path2RefType[path] = type.refType;
      path2Type[path] = type.code;
      path2TypeWithoutElements[path] = type.code;
    } else if (type !== 'Element' && type !== 'BackboneElement') {
      path2TypeWithoutElements[path] = type;
    }
  }
  const hash = (list: readonly string[]) => Object.fromEntries(list.map((k) => [k, true]));
  return {
    version: 'r4',
    score: {
      extensionURI: [
        'http://hl7.org/fhir/StructureDefinition/ordinalValue',
        'http://hl7.org/fhir/StructureDefinition/itemWeight',
      ],
    },
    choiceTypePaths: data.choiceTypePaths,
    pathsDefinedElsewhere: data.pathsDefinedElsewhere,
    type2Parent,
    path2Type,
    path2Repeating: hash(data.path2Repeating as string[]),
    resourcesWithUrlParam: {},
    availableTypes: new Set([...Object.keys(type2Parent), ...Object.values(type2Parent)]),
    path2TypeWithoutElements,
    path2RefType,
  };
}
