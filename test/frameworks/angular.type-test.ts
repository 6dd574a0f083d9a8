// Angular: the typings generated from the manifests (`@saumaton/<package>/angular`) in a component,
// and `$event` as Angular's template type checker infers it under `strictTemplates`
// (`strictDomEventTypes`): its type-check block creates the element with
// `document.createElement(tag)` and binds `(saumaton-saved)` through `addEventListener`, so the
// element's own event map types `$event`. Nothing here runs.
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import type {
  SaumatonTeamRosterElement,
  SaumatonTeamRosterEvents,
  SaumatonTeamRosterInputs,
} from '@saumaton/team-roster/angular';
import type {} from '@saumaton/elements/angular';

@Component({
  selector: 'app-team',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<saumaton-team-roster [teamId]="teamId" (saumaton-saved)="onSaved($event)"></saumaton-team-roster>`,
})
export class TeamComponent {
  teamId = 'team-1';
  readonly seen: unknown[] = [];
  readonly inputs: SaumatonTeamRosterInputs = { teamId: this.teamId, editable: true };

  onSaved(event: SaumatonTeamRosterEvents['saumaton-saved']): void {
    this.seen.push(event.detail.value.members.length, event.detail.version);
  }

  onWrongDetail(event: CustomEvent<number>): void {
    this.seen.push(event.detail.toFixed());
  }
}

export function typeCheckBlock(component: TeamComponent): SaumatonTeamRosterElement {
  // What Angular generates for the template above.
  const element = document.createElement('saumaton-team-roster');
  element.teamId = component.teamId;
  element.addEventListener('saumaton-saved', ($event) => component.onSaved($event));
  // @ts-expect-error (saumaton-saved)="onWrongDetail($event)": the detail is the saved team
  element.addEventListener('saumaton-saved', ($event) => component.onWrongDetail($event));
  element.addEventListener('saumaton-error', ($event) => component.seen.push($event.detail.error));
  return element;
}

export const misspelledInput: SaumatonTeamRosterInputs = {
  // @ts-expect-error no property `temId` (it is `teamId`)
  temId: 'team-1',
};
