/**
 * The open form's life, loaded with the forms (CONVENTIONS §11): what typing, adding and removing
 * do to its draft, submitting it to the right store (a producer's part with the part's version;
 * the common sections and a review with the plan's), the conflict and what failed, and closing it.
 * The element keeps only the buttons that open a form, so a viewer who edits nothing loads none
 * of this.
 */
import { msg } from '@lit/localize';
import { nothing, type TemplateResult } from 'lit';
import type { ClientPlan, Edit, PlanPart, PlanRef, Viewer } from '@saumaton/core';
import { registerLocaleLoaders, renderConflict, type LocaleLoaders, type ResourceController } from '@saumaton/elements';
import {
  addGoal,
  addService,
  changeErrors,
  commonFormView,
  commonSubmission,
  describeCommonChanges,
  describePartChanges,
  formInput,
  partFormView,
  partSubmission,
  removeService,
  reviewFormView,
  type FormCallbacks,
  type OpenForm,
} from './plan-editing.js';

/**
 * The forms' own strings (split from the plan viewer's catalogue by `npm run localize:build`),
 * loaded with them: the widget holds its render until they are in, so no word shows in English.
 */
const formsLocaleLoaders: LocaleLoaders = {
  fi: () => import('./generated/locales/fi.js'),
  sv: () => import('./generated/locales/sv.js'),
};
registerLocaleLoaders(formsLocaleLoaders);

/** What the forms read and do of the element. */
export interface FormHost {
  /** The form open now, kept by the element. */
  readonly form: () => OpenForm | undefined;
  /** Sets the form open (its draft as typed, its errors), and renders. */
  readonly setForm: (form: OpenForm | undefined) => void;
  readonly plan: ResourceController<ClientPlan, undefined, PlanRef>;
  readonly part: ResourceController<PlanPart, undefined, { planId: string; producerId: string }>;
  readonly viewer: () => Viewer | undefined;
  readonly focus: (selector: string) => void;
  readonly announce: (message: string) => void;
  /** Closes the form and returns focus to what opened it. */
  readonly close: () => void;
}

type Made = { edit: Edit<PlanPart>; kind: 'part' } | { edit: Edit<ClientPlan>; kind: 'common' };

export class PlanForms {
  constructor(private readonly host: FormHost) {}

  /** The store the form saves to: a part's own, or the plan's (the common sections, a review). */
  private controllerOf(form: OpenForm | undefined) {
    return form?.kind === 'part' ? this.host.part : this.host.plan;
  }

  /** Opens `form`, dropping what a failed save of the same store left. */
  open(form: OpenForm): void {
    const controller = this.controllerOf(form);
    if (controller.edit.status === 'failed' || controller.edit.status === 'invalid') controller.discard();
    this.host.setForm(form);
  }

  private get saving(): boolean {
    return this.host.plan.saving || this.host.part.saving;
  }

  private onInput = (e: Event) => {
    const target = e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const form = this.host.form();
    if (form && target.name) this.host.setForm(formInput(form, target));
  };

  private onAddItem = () => {
    const form = this.host.form();
    if (!form || form.kind === 'review') return;
    this.host.setForm(form.kind === 'part' ? addService(form) : addGoal(form));
    const i = String(form.kind === 'part' ? form.draft.services.length : form.draft.goals.length);
    this.host.focus(form.kind === 'part' ? `#field-service-${i}-name` : `#field-goal-${i}-text`);
  };

  private onRemoveItem = (index: number) => {
    const form = this.host.form();
    if (form?.kind !== 'part') return;
    this.host.setForm(removeService(form, index));
    this.host.focus('#add-service');
  };

  /** The edit the open form makes as it reads now; or undefined, with the form's errors shown. */
  private made(): Made | undefined {
    const form = this.host.form();
    if (!form) return undefined;
    const viewer = this.host.viewer();
    const result = form.kind === 'part' ? partSubmission(form, viewer) : commonSubmission(form, viewer);
    if (!result) return undefined;
    if ('invalid' in result) {
      this.host.setForm(result.invalid);
      this.host.focus('[aria-invalid="true"]');
      return undefined;
    }
    return form.kind === 'part'
      ? { edit: result.edit as Edit<PlanPart>, kind: 'part' }
      : { edit: result.edit as Edit<ClientPlan>, kind: 'common' };
  }

  /** Saves the form as it reads now; after a conflict, the user's change on top of theirs. */
  private save = () => {
    if (this.saving) return;
    const made = this.made();
    if (!made) return;
    const { part, plan } = this.host;
    if (made.kind === 'part') {
      if (part.edit.status === 'conflict') void part.keepMine(made.edit);
      else if (part.value) void part.save(made.edit);
      else void part.create(made.edit);
    } else if (plan.edit.status === 'conflict') void plan.keepMine(made.edit);
    else void plan.save(made.edit);
  };

  private onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    this.save();
  };

  private useTheirs = () => {
    this.controllerOf(this.host.form()).discard();
    this.host.close();
    this.host.announce(msg('Your change was discarded.'));
  };

  private cancel = () => {
    const controller = this.controllerOf(this.host.form());
    if (controller.edit.status === 'conflict') {
      this.useTheirs();
      return;
    }
    controller.discard();
    this.host.close();
  };

  private onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.cancel();
    }
  };

  /** Someone else saved first: what they changed, and the choice to keep one's own or take theirs. */
  conflict(kind: 'part' | 'common'): TemplateResult | typeof nothing {
    const { part, plan } = this.host;
    const edit = kind === 'part' ? part.edit : plan.edit;
    if (edit.status !== 'conflict') return nothing;
    return renderConflict({
      changes:
        kind === 'part'
          ? describePartChanges(edit.mine as PlanPart, edit.theirs.value as PlanPart)
          : describeCommonChanges(edit.mine as ClientPlan, edit.theirs.value as ClientPlan),
      mine: edit.edit.summary,
      onKeepMine: this.save,
      onUseTheirs: this.useTheirs,
      busy: kind === 'part' ? part.saving : plan.saving,
    });
  }

  /** Why the plan's last save failed, when no form is open to say it. */
  failure(): string | undefined {
    const edit = this.host.plan.edit;
    return !this.host.form() && (edit.status === 'failed' || edit.status === 'invalid')
      ? changeErrors(edit)[0]
      : undefined;
  }

  private callbacks(kind: 'part' | 'common'): FormCallbacks {
    const part = kind === 'part';
    return {
      saving: part ? this.host.part.saving : this.host.plan.saving,
      formErrors: part ? changeErrors(this.host.part.edit) : changeErrors(this.host.plan.edit),
      onInput: this.onInput,
      onSubmit: this.onSubmit,
      onKeydown: this.onKeydown,
      onCancel: this.cancel,
      onAddItem: this.onAddItem,
      onRemoveItem: this.onRemoveItem,
    };
  }

  /** The open form of `kind`; nothing when another (or none) is open. */
  view(kind: OpenForm['kind']): TemplateResult | typeof nothing {
    const form = this.host.form();
    if (form?.kind !== kind) return nothing;
    if (form.kind === 'part') return partFormView(form, this.callbacks('part'));
    if (form.kind === 'review') return reviewFormView(form, this.callbacks('common'));
    return commonFormView(form, this.callbacks('common'));
  }
}

// What the element opens forms with and checks changes by: the lazy module is this one.
export { checkCommon, checkPart, commonFormFor, partFormFor, reviewFormFor, type OpenForm } from './plan-editing.js';
