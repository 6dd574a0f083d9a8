// Runs in headless Chromium (see run-bench.mjs): renders a generated Questionnaire with
// <saumaton-need-assessment> and with a plain-DOM baseline that builds the same form with
// createElement (a label and a native control per item, enableWhen evaluated, dependants inserted
// or removed), and measures the first render and the update after the top-level gate is turned on.
import '@saumaton/need-assessment/saumaton-need-assessment.js';

type Json = Record<string, unknown>;
interface Condition {
  readonly question: string;
  readonly operator: 'exists' | '=';
  readonly answerBoolean?: boolean;
}
interface Item {
  readonly linkId: string;
  readonly type: string;
  readonly text: string;
  readonly item?: Item[];
  readonly enableWhen?: Condition[];
  readonly answerOption?: { valueString: string }[];
}

const TYPES = ['string', 'integer', 'boolean', 'choice', 'date', 'text'] as const;

/**
 * A Questionnaire of `size` items (groups included): a top-level boolean gate, then groups of
 * nine questions. About 20 % of the questions are behind enableWhen: half behind the gate, half
 * behind an earlier question of their group (`exists`); all are disabled at first.
 */
export function generate(size: number): Json {
  const items: Item[] = [{ linkId: 'gate', type: 'boolean', text: 'Does the client need more support?' }];
  let n = 1;
  let q = 0;
  const question = (group: string, index: number, first: string | undefined): Item => {
    const type = TYPES[q % TYPES.length]!;
    const linkId = `${group}-q${index}`;
    const behind = q % 10 === 3 ? 'gate' : q % 10 === 7 && first ? first : undefined;
    q++;
    return {
      linkId,
      type,
      text: `Question ${q} (${type})`,
      ...(type === 'choice'
        ? { answerOption: [{ valueString: 'Never' }, { valueString: 'Sometimes' }, { valueString: 'Often' }] }
        : {}),
      ...(behind === 'gate'
        ? { enableWhen: [{ question: 'gate', operator: '=' as const, answerBoolean: true }] }
        : behind
          ? { enableWhen: [{ question: behind, operator: 'exists' as const, answerBoolean: true }] }
          : {}),
    };
  };
  for (let g = 0; n + 10 <= size; g++) {
    const group = `g${g}`;
    const children: Item[] = [];
    for (let i = 0; i < 9; i++) children.push(question(group, i, children[0]?.linkId));
    items.push({ linkId: group, type: 'group', text: `Section ${g + 1}`, item: children });
    n += 10;
  }
  while (n < size) {
    items.push(question('top', n, undefined));
    n++;
  }
  return { resourceType: 'Questionnaire', id: `bench-${size}`, status: 'active', title: `Bench ${size}`, item: items };
}

/** Every item of the template, in document order. */
function walk(items: readonly Item[], visit: (item: Item) => void): void {
  for (const item of items) {
    visit(item);
    if (item.item) walk(item.item, visit);
  }
}

/**
 * The plain-DOM baseline: the form built with createElement, only enabled items in the DOM (a
 * comment marks where a disabled one goes), and an answer re-evaluating its dependants only.
 */
function plainForm(template: Json): { root: HTMLElement; gate: HTMLInputElement } {
  const answers = new Map<string, unknown>();
  const dependants = new Map<string, Item[]>();
  const slots = new Map<Item, { marker: Comment; element: HTMLElement; shown: boolean }>();
  walk(template.item as Item[], (item) => {
    for (const c of item.enableWhen ?? []) dependants.set(c.question, [...(dependants.get(c.question) ?? []), item]);
  });
  const holds = (item: Item) =>
    (item.enableWhen ?? []).every((c) =>
      c.operator === 'exists'
        ? answers.has(c.question) === c.answerBoolean
        : answers.get(c.question) === c.answerBoolean,
    );
  const answer = (item: Item, value: unknown) => {
    if (value === '' || value === undefined) answers.delete(item.linkId);
    else answers.set(item.linkId, value);
    for (const d of dependants.get(item.linkId) ?? []) {
      const slot = slots.get(d)!;
      const shown = holds(d);
      if (shown === slot.shown) continue;
      slot.shown = shown;
      if (shown) slot.marker.after(slot.element);
      else slot.element.remove();
    }
  };
  let gate: HTMLInputElement | undefined;
  const build = (item: Item): HTMLElement => {
    const id = `p-${item.linkId}`;
    if (item.type === 'group') {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = item.text;
      fieldset.append(legend);
      for (const child of item.item ?? []) place(fieldset, child);
      return fieldset;
    }
    if (item.type === 'boolean' || item.type === 'choice') {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = item.text;
      fieldset.append(legend);
      const options = item.type === 'boolean' ? ['Yes', 'No'] : (item.answerOption ?? []).map((o) => o.valueString);
      options.forEach((text, i) => {
        const label = document.createElement('label');
        const input = document.createElement('input');
        input.type = 'radio';
        input.name = id;
        input.addEventListener('change', () => answer(item, item.type === 'boolean' ? i === 0 : text));
        if (item.linkId === 'gate' && i === 0) gate = input;
        label.append(input, text);
        fieldset.append(label);
      });
      return fieldset;
    }
    const div = document.createElement('div');
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = item.text;
    const control = document.createElement(item.type === 'text' ? 'textarea' : 'input');
    control.id = id;
    if (control instanceof HTMLInputElement) control.type = item.type === 'date' ? 'date' : 'text';
    control.addEventListener('input', () => answer(item, control.value));
    div.append(label, control);
    return div;
  };
  const place = (parent: HTMLElement, item: Item) => {
    const marker = document.createComment(item.linkId);
    parent.append(marker);
    const element = build(item);
    const shown = holds(item);
    slots.set(item, { marker, element, shown });
    if (shown) parent.append(element);
  };
  const root = document.createElement('form');
  for (const item of template.item as Item[]) place(root, item);
  return { root, gate: gate! };
}

export interface Sample {
  readonly firstRender: number;
  readonly gate: number;
  /** Controls in the DOM after the first render and after the gate: both forms must agree. */
  readonly controls: readonly [number, number];
}

const layout = () => document.body.getBoundingClientRect();

/** One sample of the widget on this (fresh) page. */
async function widget(size: number): Promise<Sample> {
  const template = generate(size);
  const el = document.createElement('saumaton-need-assessment');
  el.template = template;
  const start = performance.now();
  document.body.append(el);
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('.assessment'); i++) {
    await el.updateComplete;
    await Promise.resolve();
  }
  if (!el.shadowRoot?.querySelector('.assessment')) throw new Error('the assessment did not render');
  layout();
  const firstRender = performance.now() - start;
  const count = () => el.shadowRoot!.querySelectorAll('input, textarea, select').length;
  const before = count();
  const gate = el.shadowRoot.querySelector<HTMLInputElement>('fieldset.boolean input')!;
  const t = performance.now();
  gate.click();
  await el.updateComplete;
  layout();
  const gateMs = performance.now() - t;
  return { firstRender, gate: gateMs, controls: [before, count()] };
}

/** One sample of the plain-DOM baseline on this (fresh) page. */
function plain(size: number): Sample {
  const template = generate(size);
  const start = performance.now();
  const { root, gate } = plainForm(template);
  document.body.append(root);
  layout();
  const firstRender = performance.now() - start;
  const count = () => root.querySelectorAll('input, textarea, select').length;
  const before = count();
  const t = performance.now();
  gate.click();
  layout();
  const gateMs = performance.now() - t;
  return { firstRender, gate: gateMs, controls: [before, count()] };
}

(
  window as unknown as { assessmentBench: (kind: 'widget' | 'plain', size: number) => Promise<Sample> }
).assessmentBench = (kind, size) => (kind === 'widget' ? widget(size) : Promise.resolve(plain(size)));
