// Framework typings for every custom element a package registers, generated from its
// custom-elements manifest: run in the package folder by its `build` script, after `cem analyze`.
//
//   dist/frameworks/react.d.ts    React 19: JSX.IntrinsicElements, properties, attributes, on<event>
//   dist/frameworks/vue.d.ts      Vue 3: GlobalComponents, props and emits
//   dist/frameworks/angular.d.ts  Angular: each element's inputs and events as named types
//
// The manifest is the contract: an element is every declaration with a `tagName` whose tag a
// registration module defines (`custom-element-definition`); its properties are its public,
// writable fields (typed by the class itself, `TeamRoster['teamId']`, so the typings cannot drift
// from the code); its events are its `@fires {Type} name` entries. A type an event names must be
// exported by this package's main entry or by a dependency's (read from their manifests): the
// build fails otherwise, never falls back to `any`. A package with elements must list the three
// entries in its `exports`; the build fails if it does not.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? '.');
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const manifestFile = join(dir, 'custom-elements.json');
if (!existsSync(manifestFile)) process.exit(0);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

const outDir = 'dist/frameworks';
const FRAMEWORKS = ['react', 'vue', 'angular'];
/** Names TypeScript's own libraries give; anything else in a type must be imported. */
const GLOBAL_TYPES = new Set(
  'string number boolean bigint symbol object undefined null unknown any never void true false readonly keyof typeof extends infer Array ReadonlyArray Promise Record Partial Readonly Required Pick Omit Map Set Date Error Event CustomEvent FocusEvent InputEvent KeyboardEvent MouseEvent PointerEvent SubmitEvent ToggleEvent HTMLElement Element Node File FormData'.split(
    ' ',
  ),
);

const fail = (message) => {
  console.error(`framework-types (${pkg.name}): ${message}`);
  process.exit(1);
};

/** The built module a package's export resolves to by default: `./dist/src/index.js`. */
const defaultTarget = (entry) =>
  typeof entry === 'string' ? entry : entry && typeof entry === 'object' ? defaultTarget(entry.default) : undefined;

/** Every name a manifest module exports, following `export *` into the package's other modules. */
function exportedNames(mods, path, seen = new Set()) {
  const mod = mods.find((m) => m.path === path);
  if (!mod || seen.has(path)) return [];
  seen.add(path);
  return (mod.exports ?? [])
    .filter((e) => e.kind === 'js')
    .flatMap((e) => (e.name === '*' ? exportedNames(mods, e.declaration.module, seen) : [e.name]));
}

/** Where each importable type name comes from: this package's main entry, then its dependencies'. */
const sources = new Map();
const mainTarget = defaultTarget(pkg.exports?.['.'])?.replace(/^\.\//, '');
const ownMain = mainTarget && posix.relative(outDir, mainTarget).replace(/^(?!\.)/, './');
for (const name of mainTarget ? exportedNames(manifest.modules, mainTarget) : []) sources.set(name, ownMain);
const require = createRequire(join(dir, 'package.json'));
for (const dependency of Object.keys(pkg.dependencies ?? {})) {
  let depDir;
  try {
    depDir = dirname(require.resolve(`${dependency}/package.json`));
  } catch {
    continue;
  }
  const depManifest = join(depDir, 'custom-elements.json');
  if (!existsSync(depManifest)) continue;
  const depPkg = JSON.parse(readFileSync(join(depDir, 'package.json'), 'utf8'));
  const depMain = defaultTarget(depPkg.exports?.['.'])?.replace(/^\.\//, '');
  const mods = JSON.parse(readFileSync(depManifest, 'utf8')).modules ?? [];
  for (const name of depMain ? exportedNames(mods, depMain) : []) if (!sources.has(name)) sources.set(name, dependency);
}

const pascal = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '';

// The elements: declarations with a tag that a registration module defines.
const declarations = new Map(
  manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => [`${mod.path}#${d.name}`, d])),
);
const elements = manifest.modules
  .flatMap((mod) =>
    (mod.exports ?? [])
      .filter((e) => e.kind === 'custom-element-definition')
      .map((e) => ({
        registration: mod.path,
        tag: e.name,
        declaration: declarations.get(`${e.declaration.module}#${e.declaration.name}`),
      })),
  )
  .filter((e) => e.declaration?.tagName === e.tag)
  .sort((a, b) => a.tag.localeCompare(b.tag));
if (elements.length === 0) process.exit(0);

const imports = new Map(); // specifier → names
const use = (name, specifier) => {
  if (!imports.has(specifier)) imports.set(specifier, new Set());
  imports.get(specifier).add(name);
};

const described = elements.map(({ registration, tag, declaration }) => {
  const className = declaration.name;
  if (sources.get(className) !== ownMain) fail(`${className} (<${tag}>) is not exported by the package's main entry`);
  use(className, ownMain);
  const properties = (declaration.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public',
  );
  const propertyNames = new Set(properties.map((m) => m.name));
  const attributes = (declaration.attributes ?? []).filter((a) => !propertyNames.has(a.name));
  const events = (declaration.events ?? []).map((event) => {
    const text = event.type?.text;
    if (!text) fail(`<${tag}> fires ${event.name} without a type: write @fires {Type} ${event.name} - …`);
    const unquoted = text.replace(/'[^']*'|"[^"]*"/g, '');
    for (const [name] of unquoted.matchAll(/[A-Za-z_$][\w$]*/g)) {
      if (GLOBAL_TYPES.has(name)) continue;
      const from = sources.get(name);
      if (!from) fail(`${name}, the type of ${event.name} on <${tag}>, is exported by no entry the typings can import`);
      use(name, from);
    }
    return { name: event.name, type: text, description: event.description };
  });
  return {
    tag,
    registration: posix.relative(outDir, registration).replace(/^(?!\.)/, './'),
    className,
    base: pascal(tag),
    summary: declaration.summary,
    properties,
    attributes,
    events,
  };
});

const header = (framework) =>
  `// Generated by scripts/framework-types.mjs from ${pkg.name}'s custom-elements manifest: ${framework} typings for ${described
    .map((e) => `<${e.tag}>`)
    .join(', ')}. Do not edit.\n`;
const importLines = (extra = []) =>
  [
    ...extra,
    ...[...imports].map(([specifier, names]) => `import type { ${[...names].sort().join(', ')} } from '${specifier}';`),
    // The registration modules declare each tag in HTMLElementTagNameMap.
    ...described.map((e) => `import '${e.registration}';`),
  ].join('\n');

const propertyLines = (e, indent) =>
  e.properties.map((m) => `${doc(m.description, indent)}${indent}${key(m.name)}?: ${e.className}['${m.name}'];`);
const attributeLines = (e, indent) =>
  e.attributes.map(
    (a) =>
      `${doc(`Attribute${a.fieldName ? ` of \`${a.fieldName}\`` : ''}. ${a.description ?? ''}`.trim(), indent)}${indent}${key(a.name)}?: ${
        /\bboolean\b/.test(a.type?.text ?? '') ? 'boolean' : 'string'
      };`,
  );

function react() {
  const blocks = described.map(
    (e) => `/**
 * The props of \`<${e.tag}>\` in React 19 JSX. React sets a prop as a property when the element
 * has one (so import the registration module before the first render), as an attribute otherwise,
 * and listens to \`on<event-name>\` exactly as written: \`onsaumaton-saved\`, never \`onSaumatonSaved\`.
 */
export interface ${e.base}Props extends DetailedHTMLProps<HTMLAttributes<${e.className}>, ${e.className}> {
${[
  ...propertyLines(e, '  '),
  ...attributeLines(e, '  '),
  ...e.events.map((ev) => `${doc(ev.description, '  ')}  'on${ev.name}'?: (event: ${ev.type}) => void;`),
].join('\n')}
}
`,
  );
  return `${header('React 19')}${importLines(["import type { DetailedHTMLProps, HTMLAttributes } from 'react';"])}

${blocks.join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${described.map((e) => `${doc(e.summary, '      ')}      '${e.tag}': ${e.base}Props;`).join('\n')}
    }
  }
}
`;
}

function vue() {
  const blocks = described.map(
    (e) => `/** The props of \`<${e.tag}>\` in Vue 3 templates (\`:team-id\` and \`:teamId\` alike). */
export interface ${e.base}VueProps {
${[
  ...propertyLines(e, '  '),
  // \`@saumaton-saved\` is the prop \`onSaumatonSaved\`: Vue's runtime listens to \`saumaton-saved\`.
  ...e.events.map(
    (ev) =>
      `${doc(`\`@${ev.name}\`: ${ev.description ?? ''}`, '  ')}  ${key(`on${pascal(ev.name)}`)}?: (event: ${ev.type}) => void;`,
  ),
].join('\n')}
}

/**
 * The events of \`<${e.tag}>\`: \`@${e.events[0]?.name ?? 'event'}="handler"\` gets the event object.
 * (A type, not an interface: Vue's \`EmitsOptions\` wants an index signature.)
 */
export type ${e.base}VueEmits = {
${e.events.map((ev) => `${doc(ev.description, '  ')}  '${ev.name}': (event: ${ev.type}) => void;`).join('\n')}
};
`,
  );
  return `${header('Vue 3')}${importLines(["import type { DefineComponent } from 'vue';"])}

${blocks.join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${described
  .map(
    (e) =>
      // DefineComponent<Props, RawBindings, Data, Computed, Methods, Mixin, Extends, Emits>
      `${doc(e.summary, '    ')}    '${e.tag}': DefineComponent<${e.base}VueProps, {}, {}, {}, {}, {}, {}, ${e.base}VueEmits>;`,
  )
  .join('\n')}
  }
}
`;
}

function angular() {
  const blocks = described.map(
    (e) => `/**
 * \`<${e.tag}>\` in Angular templates (with \`CUSTOM_ELEMENTS_SCHEMA\`): the properties to bind,
 * \`[${e.properties[0]?.name ?? 'property'}]="…"\`. Angular does not check property bindings on custom elements.
 */
export interface ${e.base}Inputs {
${propertyLines(e, '  ').join('\n')}
}

/**
 * The events of \`<${e.tag}>\`, \`(${e.events[0]?.name ?? 'event'})="onSaved($event)"\`. With
 * \`strictTemplates\` Angular types \`$event\` from the element's own event map, which is this.
 */
export interface ${e.base}Events {
${e.events.map((ev) => `${doc(ev.description, '  ')}  '${ev.name}': ${ev.type};`).join('\n')}
}

/** The element itself, as \`@ViewChild\` or \`document.querySelector('${e.tag}')\` gives it. */
export type ${e.base}Element = ${e.className};
`,
  );
  return `${header('Angular')}${importLines()}

${blocks.join('\n')}`;
}

const missing = FRAMEWORKS.filter((fw) => pkg.exports?.[`./${fw}`]?.types !== `./${outDir}/${fw}.d.ts`);
if (missing.length) {
  fail(`its exports must list ${missing.map((fw) => `"./${fw}": { "types": "./${outDir}/${fw}.d.ts" }`).join(', ')}`);
}
mkdirSync(join(dir, outDir), { recursive: true });
const write = (framework, text) => writeFileSync(join(dir, outDir, `${framework}.d.ts`), text);
write('react', react());
write('vue', vue());
write('angular', angular());
console.log(
  `framework-types (${pkg.name}): ${FRAMEWORKS.map((fw) => `${outDir}/${fw}.d.ts`).join(', ')} for ${described
    .map((e) => `<${e.tag}>`)
    .join(', ')}`,
);
