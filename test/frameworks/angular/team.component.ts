// A portal's use of the roster in an Angular template, checked by ngc under strictTemplates.
// Nothing here runs.
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import { MemoryAdapter, type Viewer } from '@saumaton/core';
import type {} from '@saumaton/elements/angular';
import type { SaumatonTeamRosterEvents, SaumatonTeamRosterInputs } from '@saumaton/team-roster/angular';

@Component({
  selector: 'app-team',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <saumaton-provider [adapter]="adapter" [viewer]="viewer">
      <saumaton-team-roster
        [teamId]="inputs.teamId"
        [editable]="true"
        (saumaton-saved)="onSaved($event)"
        (saumaton-error)="errors.push($event.detail.error)"
      ></saumaton-team-roster>
    </saumaton-provider>
  `,
})
export class TeamComponent {
  readonly adapter = new MemoryAdapter();
  readonly viewer: Viewer = { kind: 'professional' };
  readonly inputs: SaumatonTeamRosterInputs = { teamId: 'team-1' };
  readonly errors: unknown[] = [];
  members = 0;

  onSaved(event: SaumatonTeamRosterEvents['saumaton-saved']): void {
    this.members = event.detail.value.members.length;
  }
}

export const misspelledInput: SaumatonTeamRosterInputs = {
  // @ts-expect-error no property `temId` (it is `teamId`); Angular itself does not check [temId]
  temId: 'team-1',
};
