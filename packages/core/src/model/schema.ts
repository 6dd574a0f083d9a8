/**
 * Runtime schemas: the small set of validators the model and the adapters need, with a
 * valibot-like API (`v.object`, `v.pipe`, `v.check`, `v.InferOutput` …) so that a schema reads as
 * it would there. It replaces valibot, which weighed 1.8 kB (gzip) of the 25 kB that a portal
 * embedding one widget may load; this module is a fifth of that.
 *
 * A schema validates an unknown value and returns a typed copy: `object` keeps only the keys it
 * names, `looseObject` keeps the others too (what lets a FHIR write carry extensions it does not
 * read), `optional` keys are left out of the copy when absent. Every problem is collected, each
 * with the dotted path to where it is (`members.2.role`) and a message for developers; nothing
 * throws while validating. Use `safeParse` here, or `parse` from the model, which throws a
 * `ValidationError`.
 */

/** One problem found: where (a dotted path; `''` for the value itself) and what is wrong. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

/** A schema whose valid values are `TOutput`. */
export interface GenericSchema<TOutput = unknown> {
  /**
   * Validates `input` found at `path`, adding what is wrong to `issues`, and returns the typed
   * copy (meaningless once an issue was added).
   * @internal
   */
  readonly '~run': (input: unknown, issues: SchemaIssue[], path: string) => TOutput;
}

/** A schema that also accepts `undefined`; as an object's entry, a key that may be absent. */
export interface OptionalSchema<TOutput> extends GenericSchema<TOutput | undefined> {
  readonly optional: true;
}

/** An object schema, with the entries a `variant` looks its discriminator up in. */
export interface ObjectSchema<TEntries extends ObjectEntries, TOutput> extends GenericSchema<TOutput> {
  readonly entries: TEntries;
}

/** One step of a `pipe`: checks or transforms the value validated so far. */
export type PipeAction<T> = (value: T, issues: SchemaIssue[], path: string) => T;

export type InferOutput<S extends GenericSchema> = S extends GenericSchema<infer T> ? T : never;

export type ObjectEntries = Readonly<Record<string, GenericSchema>>;
type OptionalKeys<E extends ObjectEntries> = {
  [K in keyof E]: E[K] extends OptionalSchema<unknown> ? K : never;
}[keyof E];
type Flatten<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOutput<E extends ObjectEntries> = Flatten<
  { [K in Exclude<keyof E, OptionalKeys<E>>]: InferOutput<E[K]> } & {
    [K in OptionalKeys<E>]?: InferOutput<E[K]>;
  }
>;

export type SafeParseResult<T> =
  { readonly success: true; readonly output: T } | { readonly success: false; readonly issues: readonly SchemaIssue[] };

/** Validates `input` against `schema`, collecting every problem. */
export function safeParse<S extends GenericSchema>(schema: S, input: unknown): SafeParseResult<InferOutput<S>> {
  const issues: SchemaIssue[] = [];
  const output = schema['~run'](input, issues, '') as InferOutput<S>;
  return issues.length ? { success: false, issues } : { success: true, output };
}

const schema = <T>(run: GenericSchema<T>['~run']): GenericSchema<T> => ({ '~run': run });
const at = (path: string, key: string | number) => (path ? `${path}.${key}` : `${key}`);
const fail = (issues: SchemaIssue[], path: string, message: string) => void issues.push({ path, message });

/** A schema of values for which `is` holds; an absent value is "required", a wrong one `expected`. */
function primitive<T>(is: (input: unknown) => boolean, expected: string): GenericSchema<T> {
  return schema((input, issues, path) => {
    if (!is(input)) fail(issues, path, input === undefined ? 'is required' : `must be ${expected}`);
    return input as T;
  });
}

export const string = () => primitive<string>((i) => typeof i === 'string', 'a string');
export const boolean = () => primitive<boolean>((i) => typeof i === 'boolean', 'true or false');
/** A finite number (not NaN, not Infinity). */
export const number = () => primitive<number>(Number.isFinite, 'a number');

export const literal = <const T extends string | number | boolean>(value: T) =>
  primitive<T>((i) => i === value, JSON.stringify(value));

export const picklist = <const T extends readonly (string | number)[]>(options: T) =>
  primitive<T[number]>((i) => options.includes(i as T[number]), `one of ${options.join(', ')}`);

export function optional<S extends GenericSchema>(wrapped: S): OptionalSchema<InferOutput<S>> {
  return {
    optional: true,
    '~run': (input, issues, path) =>
      input === undefined ? input : (wrapped['~run'](input, issues, path) as InferOutput<S>),
  };
}

export const nullable = <S extends GenericSchema>(wrapped: S) =>
  schema<InferOutput<S> | null>((input, issues, path) =>
    input === null ? input : (wrapped['~run'](input, issues, path) as InferOutput<S>),
  );

export const lazy = <T>(getter: () => GenericSchema<T>) =>
  schema<T>((input, issues, path) => getter()['~run'](input, issues, path));

export const array = <S extends GenericSchema>(item: S) =>
  schema<InferOutput<S>[]>((input, issues, path) => {
    if (!Array.isArray(input)) {
      fail(issues, path, input === undefined ? 'is required' : 'must be a list');
      return [];
    }
    return input.map((value, i) => item['~run'](value, issues, at(path, i)) as InferOutput<S>);
  });

const isRecord = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

function objectOf<E extends ObjectEntries, T>(entries: E, loose: boolean): ObjectSchema<E, T> {
  return {
    entries,
    '~run'(input, issues, path) {
      if (!isRecord(input)) {
        fail(issues, path, input === undefined ? 'is required' : 'must be an object');
        return {} as T;
      }
      // A loose copy keeps the other keys by spreading (own keys only, `__proto__` as a key).
      const output: Record<string, unknown> = loose ? { ...input } : {};
      for (const key in entries) {
        const value = entries[key]!['~run'](input[key], issues, at(path, key));
        if (value !== undefined) output[key] = value;
      }
      return output as T;
    },
  };
}

/** An object with these entries; other keys are left out of the copy. */
export const object = <const E extends ObjectEntries>(entries: E) => objectOf<E, ObjectOutput<E>>(entries, false);

/** An object with these entries; other keys are kept as they are (`unknown`). */
export const looseObject = <const E extends ObjectEntries>(entries: E) =>
  objectOf<E, ObjectOutput<E> & { [key: string]: unknown }>(entries, true);

/** A discriminated union of object schemas (or of other unions), made by `variant`. */
export interface VariantSchema<TOptions extends readonly VariantOption[], TOutput> extends GenericSchema<TOutput> {
  readonly options: TOptions;
}

/** What a `variant` chooses among: object schemas, or variants of them (told apart by another key). */
export type VariantOption = ObjectSchema<ObjectEntries, unknown> | VariantSchema<readonly VariantOption[], unknown>;

/** True when `option` (an object schema, or any object schema of a nested variant) takes `input[key]`. */
const takes = (option: VariantOption, key: string, input: Record<string, unknown>): boolean =>
  'options' in option
    ? option.options.some((o) => takes(o, key, input))
    : !!option.entries[key] && safeParse(option.entries[key], input[key]).success;

/**
 * One of several object schemas, told apart by the entry `key` (a discriminated union): the
 * value is checked against the first option whose `key` entry accepts it. An option may itself
 * be a variant told apart by another key, as long as each of its objects has `key` too.
 */
export function variant<const O extends readonly VariantOption[]>(
  key: string,
  options: O,
): VariantSchema<O, InferOutput<O[number]>> {
  return {
    options,
    '~run'(input, issues, path) {
      if (!isRecord(input)) {
        fail(issues, path, input === undefined ? 'is required' : 'must be an object');
        return input as never;
      }
      const chosen = options.find((o) => takes(o, key, input));
      if (!chosen) {
        fail(issues, at(path, key), 'is not one of the kinds this value may be');
        return input as never;
      }
      return chosen['~run'](input, issues, path) as never;
    },
  };
}

/**
 * `wrapped`, then each action in turn on what it returned, as long as no issue was found (a
 * check on the whole object runs only once its parts are valid). An object's entries stay
 * visible to a `variant`.
 */
export function pipe<S extends GenericSchema>(wrapped: S, ...actions: PipeAction<InferOutput<S>>[]): S {
  return {
    ...wrapped,
    '~run'(input: unknown, issues: SchemaIssue[], path: string) {
      const count = issues.length;
      let value = wrapped['~run'](input, issues, path) as InferOutput<S>;
      for (const action of actions) {
        if (issues.length > count) break;
        value = action(value, issues, path);
      }
      return value;
    },
  };
}

/** A check of the value as a whole: `requirement` must hold, else `message`. */
export const check =
  <T>(requirement: (value: T) => boolean, message: string): PipeAction<T> =>
  (value, issues, path) => {
    if (!requirement(value)) fail(issues, path, message);
    return value;
  };

type Lengthy = { readonly length: number };
export const minLength = <T extends Lengthy>(min: number, message: string) => check<T>((v) => v.length >= min, message);
export const maxLength = <T extends Lengthy>(max: number, message: string) => check<T>((v) => v.length <= max, message);
export const length = <T extends Lengthy>(exactly: number, message: string) =>
  check<T>((v) => v.length === exactly, message);
export const regex = (pattern: RegExp, message: string) => check<string>((v) => pattern.test(v), message);

/** The email addresses people use (valibot's pattern): no quoted parts, no IP literals. */
const EMAIL = /^[\w+-]+(?:\.[\w+-]+)*@[\da-z]+(?:[.-][\da-z]+)*\.[a-z]{2,}$/iu;
export const email = (message: string) => regex(EMAIL, message);

export const trim = (): PipeAction<string> => (value) => value.trim();
export const toUpperCase = (): PipeAction<string> => (value) => value.toUpperCase();
