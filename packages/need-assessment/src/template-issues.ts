/**
 * Why a template cannot be shown, in the page's language, naming the items, and the error state
 * that says it: loaded by the widget (a `LazyModule`) only when a template is refused, so a page
 * whose forms show never carries it.
 */
import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { ValidationError, ValidationIssue } from '@saumaton/core';
import { getLocale } from '@saumaton/elements';
import { textIn, translatableOf } from '@saumaton/questionnaire/lazy';

/** The error state of a refused template: what is wrong, item by item, and "Try again". */
export function refusalView(error: ValidationError, template: unknown, retry: () => void): TemplateResult {
  const messages = [...new Set(error.issues.map((issue) => templateIssueMessage(issue, template)))];
  return html`<div class="state error" part="state error" role="alert">
    <p>${msg('This assessment form cannot be shown:')}</p>
    <ul>
      ${messages.map((m) => html`<li>${m}</li>`)}
    </ul>
    <button type="button" @click=${retry}>${msg('Try again')}</button>
  </div>`;
}

/** What is wrong with one item of a template, naming the item (its text, else its linkId). */
export function templateIssueMessage(issue: ValidationIssue, template: unknown): string {
  const item = itemAt(template, issue.path);
  const language = (template as { language?: unknown } | null)?.language;
  const text = item
    ? textIn(translatableOf(item, 'text', typeof language === 'string' ? language : undefined), getLocale())
    : undefined;
  const name = text || (typeof item?.linkId === 'string' ? item.linkId : '');
  if (issue.code === 'unsupported') {
    return name
      ? msg(str`Item “${name}” uses a construct that this form cannot show.`)
      : msg('The template uses a construct that this form cannot show.');
  }
  if (issue.code === 'enable-when-cycle') {
    return name
      ? msg(str`The conditions of item “${name}” depend on each other in a cycle.`)
      : msg('Conditions of the template depend on each other in a cycle.');
  }
  return name ? msg(str`Item “${name}” is malformed.`) : msg('The template is malformed.');
}

/** The deepest item on an issue's path in the JSON (`item.0.item.2.extension.1` → the second's third). */
function itemAt(template: unknown, path: string): Record<string, unknown> | undefined {
  let current: unknown = template;
  let found: Record<string, unknown> | undefined;
  const parts = path.split('.');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    if (parts[i] !== 'item') break;
    const list = (current as { item?: unknown } | null)?.item;
    const next: unknown = Array.isArray(list) ? list[Number(parts[i + 1])] : undefined;
    if (typeof next !== 'object' || next === null) break;
    found = next as Record<string, unknown>;
    current = next;
  }
  return found;
}
