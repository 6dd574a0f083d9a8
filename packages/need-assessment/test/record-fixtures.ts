/** Mounting the record views (pure functions of data) in a shadow root styled as the widget's. */
import { adoptStyles, render, type TemplateResult } from 'lit';
import { SaumatonElement, formStyles, registerLocaleLoaders, setLocale, type SaumatonLocale } from '@saumaton/elements';
import { assessmentLocaleLoaders } from '../src/locales.js';
import { recordStyles } from '../src/record-styles.js';

registerLocaleLoaders(assessmentLocaleLoaders);

export interface Mounted {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly container: HTMLElement;
  /** Renders `template` again in the same place (a callback's new state). */
  update(template: TemplateResult): void;
  $(selector: string): HTMLElement;
  $$<T extends Element = HTMLElement>(selector: string): T[];
}

const mounted: HTMLElement[] = [];

/** Renders `template` into a shadow root with the widget's styles, as the widget would. */
export function mount(template: TemplateResult, width?: string): Mounted {
  const host = document.createElement('div');
  if (width) host.style.inlineSize = width;
  document.body.append(host);
  mounted.push(host);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, [...SaumatonElement.styles, formStyles, recordStyles]);
  const container = document.createElement('div');
  root.append(container);
  render(template, container);
  return {
    host,
    root,
    container,
    update: (next) => render(next, container),
    $: (selector: string) => {
      const found = root.querySelector<HTMLElement>(selector);
      if (!found) throw new Error(`nothing matches ${selector}`);
      return found;
    },
    $$: <T extends Element = HTMLElement>(selector: string) => [...root.querySelectorAll<T>(selector)],
  };
}

export async function unmountAll(): Promise<void> {
  for (const host of mounted.splice(0)) host.remove();
  document.documentElement.lang = 'en';
  await setLocale('en');
}

export async function inLocale(locale: SaumatonLocale): Promise<void> {
  document.documentElement.lang = locale;
  await setLocale(locale);
}

export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Fails unless nothing in the mounted view is wider than its host (no horizontal scrolling). */
export function expectNoOverflow(m: Mounted): void {
  const limit = m.host.getBoundingClientRect().right + 1;
  if (m.host.scrollWidth > m.host.clientWidth + 1) {
    throw new Error(`the view scrolls sideways: ${m.host.scrollWidth} > ${m.host.clientWidth}`);
  }
  for (const el of m.root.querySelectorAll('*')) {
    const right = el.getBoundingClientRect().right;
    if (right > limit) throw new Error(`<${el.localName} class="${el.className}"> reaches ${right} > ${limit}`);
  }
}

/** Sets a control's value as typing would, firing `input` (and `change`). */
export function typeInto(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/**
 * The control whose `<label>` (or fieldset's `<legend>`) reads `label` (before its `*`); typed as
 * an input for brevity: a select, textarea or fieldset when the label is theirs.
 */
export function byLabel(m: Mounted, label: string): HTMLInputElement {
  const found = m.$$('label[for], legend').find((l) => text(l).replace(/ \*$/, '') === label || text(l) === label);
  if (!found) throw new Error(`no control labelled "${label}"`);
  const target = found.localName === 'legend' ? found.parentElement : m.root.getElementById(found.getAttribute('for')!);
  if (!target) throw new Error(`the label "${label}" points at nothing`);
  return target as HTMLInputElement;
}

/** The check box or radio button whose wrapping label reads `label`. */
export function option(m: Mounted, label: string): HTMLInputElement {
  const found = m.$$('label').find((l) => text(l) === label && l.querySelector('input'));
  if (!found) throw new Error(`no option "${label}"`);
  return found.querySelector('input')!;
}
