// Templates ngc must refuse, one error per binding: scripts/type-tests.mjs expects exactly these
// errors (Angular templates take no @ts-expect-error). Nothing here runs.
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import type {} from '@saumaton/team-roster/angular';
import type {} from '@saumaton/plan-viewer/angular';

@Component({
  selector: 'app-wrong-detail',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <saumaton-team-roster (saumaton-saved)="onCount($event)"></saumaton-team-roster>
    <saumaton-team-roster (saumaton-saved)="seen = $event.detail.value.answers"></saumaton-team-roster>
    <saumaton-team-roster (saumaton-error)="seen = $event.detail.value"></saumaton-team-roster>
    <saumaton-plan-viewer (saumaton-saved)="onCount($event)"></saumaton-plan-viewer>
  `,
})
export class WrongDetailComponent {
  seen: unknown;
  onCount(event: CustomEvent<number>): void {
    this.seen = event.detail.toFixed();
  }
}
