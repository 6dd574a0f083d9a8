import type { Answer } from '@saumaton/questionnaire/lazy';

export interface SaumatonChangeDetail {
  /** The question answered (`Questionnaire.item.linkId`). */
  readonly linkId: string;
  /** Which instance of it (an item inside a repeated group has one per repetition): the engine's id. */
  readonly itemId: string;
  /** Its answers now, as the response holds them; empty when the answer was cleared. */
  readonly answers: readonly Answer[];
}

/**
 * Fired by `<saumaton-need-assessment>` each time the user changes an answer or adds or removes
 * a repetition (then `answers` is empty and `linkId` names the group). The whole response is
 * the element's `value` at that moment: read it when you need it, not on every keystroke.
 */
export class SaumatonChangeEvent extends CustomEvent<SaumatonChangeDetail> {
  constructor(detail: SaumatonChangeDetail) {
    super('saumaton-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'saumaton-change': SaumatonChangeEvent;
  }
}
