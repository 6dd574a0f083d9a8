import { render, type TemplateResult } from 'lit';
import { setLocale } from '../localization.js';

const mounted: HTMLElement[] = [];

/**
 * Renders `template` (or nothing) into a new element at the end of the page and returns that
 * element; `unmountAll()` removes every one. Not `fixture()`: for a root that is not a Lit
 * element it waits for an animation frame, which a test page in a background tab (the runner
 * runs two at once) may never get.
 */
export function mount(template?: TemplateResult): HTMLElement {
  const host = document.body.appendChild(document.createElement('div'));
  mounted.push(host);
  if (template) render(template, host);
  return host;
}

/** Removes what `mount()` added; call it in `afterEach`. */
export function unmountAll(): void {
  for (const host of mounted.splice(0)) host.remove();
}

/**
 * Call inside a `describe()`: keeps every form submit on this page (a failing test must not
 * navigate the test page away), and after each test removes what `mount()` added and turns the
 * page back to English.
 */
export function isolateTestPage(): void {
  const stay = (event: SubmitEvent) => {
    event.preventDefault();
  };
  before(() => {
    document.addEventListener('submit', stay);
  });
  after(() => {
    document.removeEventListener('submit', stay);
  });
  afterEach(async () => {
    unmountAll();
    document.documentElement.lang = 'en';
    await setLocale('en');
  });
}
