/**
 * The SDC expressions as a template gives them, and what the engine needs from FHIRPath; what
 * runs them is `fhirpath-calculations.ts`, loaded only for a template that has one.
 */

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
