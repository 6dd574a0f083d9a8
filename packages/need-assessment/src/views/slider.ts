/**
 * A slider (`itemControl` slider on an integer or decimal item), with its value shown beside it
 * and spoken as its value text. A module of its own, loaded (`loadViews`) only for a template
 * with a slider, before its first render.
 */
import { msg } from '@lit/localize';
import { nothing, type TemplateResult } from 'lit';
import type { ItemNode } from '@saumaton/questionnaire/lazy';
import { answerText, bounds } from '../answers.js';
import {
  describedBy,
  errors,
  hints,
  html,
  idOf,
  invalid,
  itemLabel,
  type ItemContext,
  type Problems,
} from './items.js';

export function sliderView(node: ItemNode, ctx: ItemContext, problems: Problems): TemplateResult {
  const id = idOf(node);
  const item = node.item;
  const { min = '0', max = '10', step = '1' } = bounds(item);
  const text = answerText(item, node.answers[0]);
  return html`<div class="field">
    <label for=${id} id=${`${id}-label`}>${itemLabel(node, ctx)}</label>
    ${hints(node, ctx)}
    <div class="slider">
      <input
        type="range"
        id=${id}
        min=${min}
        max=${max}
        step=${step === 'any' ? '1' : step}
        .value=${text || min}
        ?disabled=${item.readOnly || nothing}
        aria-valuetext=${text === '' ? msg('Not answered') : text}
        aria-invalid=${invalid(problems)}
        aria-describedby=${describedBy(node, problems)}
      />
      <output for=${id} aria-hidden="true">${text === '' ? '–' : text}</output>
    </div>
    ${errors(problems, node)}
  </div>`;
}
