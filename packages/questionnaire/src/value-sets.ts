/**
 * The choices of an `answerValueSet`: a ValueSet contained in the questionnaire, with an
 * expansion or a compose that lists concepts. Loaded only for a template that has one (see
 * `parts.ts`).
 */
import { extensionsOf, isRecord, recordsOf, type Coding } from './fhir.js';
import { numberOf, weightOf, type AnswerChoice, type Contained, type Issues } from './questionnaire.js';
import type { Translatable } from './translations.js';

/** The codings of a contained ValueSet, if it lists them (an expansion, or a compose of enumerated concepts). */
export function valueSetChoices(
  issues: Issues,
  path: string,
  linkId: string,
  reference: string,
  contained: readonly Contained[],
  language: string | undefined,
): AnswerChoice[] | undefined {
  if (!reference.startsWith('#')) {
    issues.unsupported(
      path,
      linkId,
      `answerValueSet "${reference}" is not supported (only a ValueSet contained in the questionnaire: no terminology server is used)`,
    );
    return undefined;
  }
  const vs = contained.find((r) => r.resourceType === 'ValueSet' && r.id === reference.slice(1));
  if (!vs) {
    issues.invalid(path, linkId, `answerValueSet "${reference}" names no contained ValueSet`);
    return undefined;
  }
  const choices: AnswerChoice[] = [];
  const expansion = isRecord(vs.expansion) ? vs.expansion : undefined;
  if (expansion && Array.isArray(expansion.contains)) {
    const walk = (contains: unknown, where: string) => {
      recordsOf(contains).forEach((c, i) => {
        if (c.abstract !== true && typeof c.code === 'string') {
          const coding: Coding = {
            ...(typeof c.system === 'string' ? { system: c.system } : {}),
            ...(typeof c.version === 'string' ? { version: c.version } : {}),
            code: c.code,
            ...(typeof c.display === 'string' ? { display: c.display } : {}),
          };
          const label = issues.translatable(c, 'display', language, `${where}.${i}`, linkId);
          choices.push(choiceOf(coding, weightOf(c.extension) ?? propertyWeight(c.extension), false, label));
        }
        walk(c.contains, `${where}.${i}.contains`);
      });
    };
    walk(expansion.contains, `contained.${contained.indexOf(vs)}.expansion.contains`);
    return choices;
  }
  const compose = isRecord(vs.compose) ? vs.compose : undefined;
  const include = recordsOf(compose?.include);
  const enumerated =
    compose !== undefined &&
    compose.exclude === undefined &&
    include.length > 0 &&
    include.every(
      (inc) =>
        typeof inc.system === 'string' &&
        Array.isArray(inc.concept) &&
        inc.concept.every((concept) => isRecord(concept) && typeof concept.code === 'string') &&
        inc.filter === undefined &&
        inc.valueSet === undefined,
    );
  if (!enumerated) {
    issues.unsupported(
      path,
      linkId,
      `answerValueSet "${reference}" is not supported (it has neither an expansion nor a plain list of concepts, and no terminology server is used)`,
    );
    return undefined;
  }
  include.forEach((inc, i) => {
    recordsOf(inc.concept).forEach((concept, j) => {
      const coding: Coding = {
        system: inc.system as string,
        ...(typeof inc.version === 'string' ? { version: inc.version } : {}),
        code: concept.code as string,
        ...(typeof concept.display === 'string' ? { display: concept.display } : {}),
      };
      const where = `contained.${contained.indexOf(vs)}.compose.include.${i}.concept.${j}`;
      const label = issues.translatable(concept, 'display', language, where, linkId);
      choices.push(choiceOf(coding, weightOf(concept.extension), false, label));
    });
  });
  return choices;
}

const choiceOf = (
  coding: Coding,
  weight: number | undefined,
  initialSelected: boolean,
  label: Translatable | undefined,
): AnswerChoice => ({
  answer: { valueCoding: coding },
  value: { kind: 'coding', value: coding },
  ...(weight === undefined ? {} : { weight }),
  initialSelected,
  ...(label ? { label } : {}),
});

/**
 * The weight an expansion gives a concept as a property (R5's `ValueSet.expansion.contains.property`,
 * carried in R4 by its cross-version extension): `itemWeight` or `ordinalValue`.
 */
function propertyWeight(extensions: unknown): number | undefined {
  for (const ext of extensionsOf(extensions)) {
    if (!ext.url.endsWith('/extension-ValueSet.expansion.contains.property')) continue;
    const parts = extensionsOf(ext.extension);
    const code = parts.find((p) => p.url === 'code')?.valueCode;
    const value = parts.find((p) => p.url === 'value[x]');
    if ((code === 'itemWeight' || code === 'ordinalValue') && value) {
      const n = numberOf(value);
      if (n !== undefined) return n;
    }
  }
  return undefined;
}
