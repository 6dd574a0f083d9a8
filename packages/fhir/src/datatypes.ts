/**
 * Small pure helpers for FHIR datatypes: names, contact points, concepts, extensions and
 * references. Writers take the value the resource had and change only what the domain value
 * changed, so data the mapping does not know (a name's prefix, a second phone) survives a save.
 */
import * as v from '@saumaton/core/schema';
import { ValidationError, type Contact } from '@saumaton/core';
import type { CodeableConcept, ContactPoint, Extension, HumanName } from './resources.js';

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/** The name a person is known by: official or usual over others, never an old one. */
function chosenName(names: readonly HumanName[] | undefined): HumanName | undefined {
  const current = (names ?? []).filter((n) => n.use !== 'old' && n.use !== 'maiden');
  return current.find((n) => n.use === 'official' || n.use === 'usual') ?? current[0];
}

function nameText(name: HumanName): string {
  const text = name.text?.trim();
  if (text) return text;
  return [...(name.given ?? []), name.family ?? ''].join(' ').replace(/\s+/g, ' ').trim();
}

export function readName(names: readonly HumanName[] | undefined): string | undefined {
  const name = chosenName(names);
  const text = name && nameText(name);
  return text === '' ? undefined : text;
}

/** Splits "Aino Maria Virtanen" into given names and a family name for the structured form. */
function structuredName(text: string): Pick<HumanName, 'family' | 'given'> {
  const parts = text.trim().split(/\s+/);
  const family = parts.pop();
  return { family, given: parts.length > 0 ? parts : undefined };
}

export function writeName(name: string, names: readonly HumanName[] | undefined): HumanName[] {
  const list = [...(names ?? [])];
  const current = chosenName(list);
  if (current && nameText(current) === name) return list;
  // Prefixes, suffixes and the period of the name stay; the name itself is replaced.
  const replaced = compact<HumanName>({
    ...current,
    use: current?.use ?? 'official',
    text: name,
    ...structuredName(name),
  });
  if (!current) return [replaced, ...list];
  return list.map((n) => (n === current ? replaced : n));
}

// ---------------------------------------------------------------------------------------------
// Contact points
// ---------------------------------------------------------------------------------------------

function chosenPoint(points: readonly ContactPoint[], system: 'phone' | 'email'): ContactPoint | undefined {
  const usable = points.filter((p) => p.system === system && p.value && p.use !== 'old');
  return usable.find((p) => p.use === 'work') ?? usable[0];
}

export function readContact(points: readonly ContactPoint[] | undefined): Contact | undefined {
  const phone = chosenPoint(points ?? [], 'phone')?.value;
  const email = chosenPoint(points ?? [], 'email')?.value;
  if (phone === undefined && email === undefined) return undefined;
  return { ...(phone !== undefined && { phone }), ...(email !== undefined && { email }) };
}

/**
 * Replaces the phone and email `readContact` would pick with the new ones; a new one gets `use`
 * (work for professionals, home for the people on the client's side).
 */
export function writeContact(
  contact: Contact | undefined,
  points: readonly ContactPoint[] | undefined,
  use: 'work' | 'home' = 'work',
): ContactPoint[] {
  const list = [...(points ?? [])];
  const out: ContactPoint[] = [];
  for (const system of ['phone', 'email'] as const) {
    const old = chosenPoint(list, system);
    const value = contact?.[system];
    if (old?.value === value) continue;
    if (old) list.splice(list.indexOf(old), 1);
    if (value !== undefined) out.push({ ...old, system, value, use: old?.use ?? use });
  }
  return [...out, ...list];
}

// ---------------------------------------------------------------------------------------------
// Concepts, codes and extensions
// ---------------------------------------------------------------------------------------------

/** What a person reads of a concept: its text, else the first display, else the first code. */
export function conceptText(concept: CodeableConcept | undefined): string | undefined {
  if (!concept) return undefined;
  return concept.text ?? concept.coding?.find((c) => c.display)?.display ?? concept.coding?.find((c) => c.code)?.code;
}

export function codeIn(concepts: readonly CodeableConcept[] | undefined, system: string): string | undefined {
  for (const concept of concepts ?? []) {
    const code = concept.coding?.find((c) => c.system === system)?.code;
    if (code !== undefined) return code;
  }
  return undefined;
}

/** Puts `concept` first and keeps every other concept that does not use its system. */
export function withConcept(
  concepts: readonly CodeableConcept[] | undefined,
  system: string,
  concept: CodeableConcept | undefined,
): CodeableConcept[] {
  const others = (concepts ?? []).filter((c) => !c.coding?.some((coding) => coding.system === system));
  return concept ? [concept, ...others] : others;
}

export function extensionsOf(extensions: readonly Extension[] | undefined, url: string): Extension[] {
  return (extensions ?? []).filter((e) => e.url === url);
}

/** Replaces every extension with one of `urls` by `replacement`, keeping all the others in place. */
export function withExtensions(
  extensions: readonly Extension[] | undefined,
  urls: readonly string[],
  replacement: readonly Extension[],
): Extension[] | undefined {
  const kept = (extensions ?? []).filter((e) => !urls.includes(e.url));
  const all = [...kept, ...replacement];
  return all.length > 0 ? all : undefined;
}

// ---------------------------------------------------------------------------------------------
// Objects
// ---------------------------------------------------------------------------------------------

/** Drops the keys whose value is `undefined`, so written JSON has no holes. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Checks an incoming resource against its shape; the issues' paths are prefixed with `where`. */
export function checkShape<const S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  where: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  throw new ValidationError(
    result.issues.map(({ path, message }) => ({ path: path ? `${where}.${path}` : where, message })),
  );
}

/** An ISO object identifier, such as a SOTE organisation's `1.2.246.10.…`. */
export const OID = /^[0-2](\.(0|[1-9]\d*))+$/;

/**
 * A FHIR logical id: what a resource id may be (R4 `id` datatype), except `.` and `..`, which a
 * URL would resolve as path segments.
 */
export const FHIR_ID = /^(?!\.\.?$)[A-Za-z0-9\-.]{1,64}$/;

/** A random UUID for `urn:uuid:` full URLs, also outside secure contexts. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
