import type { CSSResultOrNative } from 'lit';
import type { AnyAdapter, AssessmentTemplate, Viewer } from '@saumaton/core';
import type { ResourceHost } from '@saumaton/elements';
import type { Questionnaire } from '@saumaton/questionnaire/lazy';

/**
 * What `<saumaton-need-assessment>` lends its lazily loaded parts (the record, the meter): read access to what it shows and the few
 * things only it can do (show a template with answers, check them). A bridge rather than public
 * methods, so the element's API stays what its README lists.
 */
export interface RecordBridge {
  readonly host: ResourceHost & EventTarget;
  assessmentId(): string | undefined;
  meterId(): string | undefined;
  clientId(): string | undefined;
  templateId(): string | undefined;
  editable(): boolean;
  adapter(): AnyAdapter | undefined;
  viewer(): Viewer | undefined;
  /** The page's locale now. */
  locale(): string;
  /** Shows `template` with `response` as its answers (a new engine; `undefined`: a new form, initial values applied). */
  show(template: AssessmentTemplate, response: Record<string, unknown> | undefined): void;
  /** The answers in the form now, as a QuestionnaireResponse; `completed` leaves out disabled and empty items. */
  response(status?: 'completed'): Record<string, unknown> | undefined;
  /** The template shown, parsed. */
  questionnaire(): Questionnaire | undefined;
  /** Shows the problems of every answer and focuses the first; true when there are none. */
  checkAnswers(): boolean;
  /** How many enabled items have problems now. */
  problemCount(): number;
  announce(message: string): void;
  focus(selector: string): void;
  /** Runs `work` so that the element's `updateComplete` waits for it. */
  settle(work: Promise<unknown>): void;
  /** Adopts styles beside the element's own (the part's CSS, loaded with it). */
  addStyles(styles: readonly CSSResultOrNative[]): void;
}
