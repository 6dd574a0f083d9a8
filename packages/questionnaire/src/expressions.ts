/**
 * The SDC expressions as a template gives them, and what the engine needs from FHIRPath; what
 * runs them is `fhirpath-calculations.ts`, loaded only for a template that has one. Reading them
 * from the template is a part of the parse (`parts.ts`), loaded only for a template that has one.
 */
import type { Extension } from './fhir.js';
import type { Issues } from './questionnaire.js';

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

/** A `valueExpression` in FHIRPath, or undefined after saying why it is not one. */
export function fhirPathOf(
  issues: Issues,
  path: string,
  linkId: string | undefined,
  construct: string,
  ext: Extension,
  named: boolean,
): Expression | undefined {
  const value = ext.valueExpression as { language?: unknown; expression?: unknown; name?: unknown } | undefined;
  if (!value || typeof value.expression !== 'string') {
    issues.invalid(path, linkId, `${construct} needs a valueExpression with an expression`);
    return undefined;
  }
  if (value.language !== 'text/fhirpath') {
    issues.unsupported(path, linkId, `${construct} in ${String(value.language)} is not supported (only text/fhirpath)`);
    return undefined;
  }
  if (named && typeof value.name !== 'string') {
    issues.invalid(path, linkId, `${construct} needs a name`);
    return undefined;
  }
  return { expression: value.expression, ...(named ? { name: value.name as string } : {}) };
}
