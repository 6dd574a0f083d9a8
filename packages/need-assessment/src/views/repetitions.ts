/**
 * Repeating groups: each repetition's remove button, the add button after the last, and the keyed
 * list that keeps each repetition's controls when one is added or removed. A module of its own,
 * loaded (`loadViews`) only for a template with a repeating group, before its first render.
 */
import { msg, str } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ItemNode } from '@saumaton/questionnaire/lazy';
import { html, idOf, itemText, type ItemContext, type RepetitionInfo } from './items.js';

/** The button that removes this repetition, inside its fieldset. */
export function removeButton(node: ItemNode, ctx: ItemContext, repetition: RepetitionInfo): TemplateResult {
  const label = itemText(node.item, ctx.language());
  return html`<div class="repetition-actions">
    <button type="button" id=${`${idOf(node)}-remove`} @click=${() => ctx.onRemoveRepetition(node)}>
      ${msg(str`Remove ${label} (${repetition.index + 1})`)}
    </button>
  </div>`;
}

/** The button that adds a repetition, after the last one. */
export function addButton(node: ItemNode, ctx: ItemContext): TemplateResult {
  const label = itemText(node.item, ctx.language());
  return html`<button type="button" class="link" id=${`${idOf(node)}-add`} @click=${() => ctx.onAddRepetition(node)}>
    ${msg(str`Add another: ${label}`)}
  </button>`;
}

/**
 * Items under one parent among which are repeating groups (`byLinkId`: each group's repetitions
 * in order), keyed by instance, each repetition told where it stands.
 */
export function repeatedChildren(
  children: readonly ItemNode[],
  byLinkId: ReadonlyMap<string, readonly ItemNode[]>,
  ctx: ItemContext,
): TemplateResult {
  const repetitions = new Map<ItemNode, RepetitionInfo>();
  for (const list of byLinkId.values()) {
    list.forEach((c, index) => repetitions.set(c, { index, count: list.length, last: index === list.length - 1 }));
  }
  return html`<div class="items">
    ${repeat(
      children,
      (c) => c.id,
      (c) => ctx.child(c, repetitions.get(c)),
    )}
  </div>`;
}
