// A portal's use of the roster and the plan viewer in an Angular template, checked by ngc under strictTemplates.
// Nothing here runs.
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import { MemoryAdapter, type Viewer } from '@saumaton/core';
import type {} from '@saumaton/elements/angular';
import type { SaumatonTeamRosterEvents, SaumatonTeamRosterInputs } from '@saumaton/team-roster/angular';
import type { SaumatonPlanViewerEvents, SaumatonPlanViewerInputs } from '@saumaton/plan-viewer/angular';

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
      <saumaton-plan-viewer
        [clientId]="plan.clientId"
        [mode]="plan.mode"
        [editable]="true"
        (saumaton-saved)="onPlanSaved($event)"
        (saumaton-error)="errors.push($event.detail.error)"
      ></saumaton-plan-viewer>
      <saumaton-plan-viewer
        (saumaton-saved)="producers.push($event.detail.kind === 'plan-part' ? $event.detail.value.producer.name : '')"
      ></saumaton-plan-viewer>
    </saumaton-provider>
  `,
})
export class TeamComponent {
  readonly adapter = new MemoryAdapter();
  readonly viewer: Viewer = { kind: 'professional' };
  readonly inputs: SaumatonTeamRosterInputs = { teamId: 'team-1' };
  readonly errors: unknown[] = [];
  members = 0;
  readonly plan: SaumatonPlanViewerInputs = { clientId: 'client-1', mode: 'professional' };
  readonly producers: string[] = [];

  onSaved(event: SaumatonTeamRosterEvents['saumaton-saved']): void {
    this.members = event.detail.value.members.length;
  }

  onPlanSaved(event: SaumatonPlanViewerEvents['saumaton-saved']): void {
    if (event.detail.kind === 'plan-part') this.producers.push(event.detail.value.producer.name);
    else this.producers.push(...event.detail.value.parts.map((part) => part.producer.name));
  }
}

export const misspelledInput: SaumatonTeamRosterInputs = {
  // @ts-expect-error no property `temId` (it is `teamId`); Angular itself does not check [temId]
  temId: 'team-1',
};

export const misspelledPlanInput: SaumatonPlanViewerInputs = {
  // @ts-expect-error no property `planID` (it is `planId`); Angular itself does not check [planID]
  planID: 'plan-1',
};

export const wrongPlanMode: SaumatonPlanViewerInputs = {
  // @ts-expect-error the mode is `professional` or `client`
  mode: 'admin',
};
