import { CUSTOM_ELEMENTS_SCHEMA, Component, InjectionToken, inject, signal } from '@angular/core';
import type { MemoryAdapter, Viewer } from '@saumaton/core';
import { exampleClient, exampleOrganizations, exampleTeam, exampleTemplateIds } from '@saumaton/core/examples';
import type { SaumatonErrorEvent, SaumatonSavedEvent } from '@saumaton/elements';
import type { SaumatonChangeEvent } from '@saumaton/need-assessment';
// The typings: under strictTemplates Angular types each `$event` by the element's own event map.
import type {} from '@saumaton/team-roster/angular';
import type {} from '@saumaton/consent-form/angular';
import type {} from '@saumaton/need-assessment/angular';
import type {} from '@saumaton/plan-viewer/angular';

export const ADAPTER = new InjectionToken<MemoryAdapter>('the Saumaton adapter');

/** What the page says of a save: the detail is a union by `kind`, narrowed where the record is needed. */
function describeSave({ detail }: SaumatonSavedEvent): string {
  const kind: string = detail.kind;
  switch (detail.kind) {
    case 'team': {
      const coordinator = detail.value.members.find((m) => m.role === 'coordinator')?.name;
      return `team, versio ${detail.version}${coordinator ? `, koordinaattori ${coordinator}` : ''}`;
    }
    case 'consent': {
      const active = detail.value.records.filter((r) => r.value.status === 'active').length;
      return `consent, ${detail.value.records.length} kirjausta, joista voimassa ${active}`;
    }
    case 'plan-part':
      return `plan-part, ${detail.value.producer.name}, versio ${detail.version}`;
    case 'plan':
      return `plan, versio ${detail.version}`;
    default:
      return kind; // a widget the page does not know yet
  }
}

/** The page's own text is Finnish, as its `<html lang="fi">`; the widgets follow that attribute. */
@Component({
  selector: 'app-portal',
  // The saumaton-* tags are custom elements: Angular then sets bound properties on them as they are.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Asiakkaan {{ clientName }} palvelut</h1>
      <p id="saved" role="status">{{ saved() ? 'Tallennettu: ' + saved() : 'Ei tallennettuja muutoksia.' }}</p>
      <p id="changed" role="status">
        {{ changed() ? 'Arviointia muutettu: ' + changed() : 'Arviointiin ei ole vastattu.' }}
      </p>
      @if (error()) {
        <p role="alert">Virhe: {{ error() }}</p>
      }
      <saumaton-team-roster
        [teamId]="teamId"
        editable
        [adapter]="adapter"
        [viewer]="viewer"
        (saumaton-saved)="onSaved($event)"
        (saumaton-error)="onError($event)"
      ></saumaton-team-roster>
      <saumaton-consent-form
        [clientId]="clientId"
        [adapter]="adapter"
        [viewer]="viewer"
        (saumaton-saved)="onSaved($event)"
        (saumaton-error)="onError($event)"
      ></saumaton-consent-form>
      <saumaton-need-assessment
        [templateId]="templateId"
        [adapter]="adapter"
        [viewer]="viewer"
        (saumaton-change)="onChange($event)"
        (saumaton-error)="onError($event)"
      ></saumaton-need-assessment>
      <saumaton-plan-viewer
        [clientId]="clientId"
        editable
        [adapter]="adapter"
        [viewer]="producer"
        (saumaton-saved)="onSaved($event)"
        (saumaton-error)="onError($event)"
      ></saumaton-plan-viewer>
    </main>
  `,
})
export class PortalComponent {
  protected readonly adapter = inject(ADAPTER);
  /** A professional of the county: edits the team, records and revokes consents, fills in the assessment. */
  protected readonly viewer: Viewer = { kind: 'professional', organizationId: exampleOrganizations.county.id };
  /** A professional of the service-voucher home-help producer: in the client plan, edits its own part. */
  protected readonly producer: Viewer = { kind: 'professional', organizationId: exampleOrganizations.voucher.id };
  protected readonly teamId = exampleTeam.id;
  protected readonly clientId = exampleClient.id;
  protected readonly clientName = exampleClient.name;
  protected readonly templateId = exampleTemplateIds.assessment;
  protected readonly saved = signal<string | undefined>(undefined);
  protected readonly changed = signal<string | undefined>(undefined);
  protected readonly error = signal<string | undefined>(undefined);

  /** Every widget's save, one handler. */
  protected onSaved(event: SaumatonSavedEvent): void {
    this.saved.set(describeSave(event));
    this.error.set(undefined);
  }

  /** The assessment is read, not pushed: the event names the question; the response is `value`. */
  protected onChange(event: SaumatonChangeEvent): void {
    this.changed.set(`${event.detail.linkId}, vastauksia ${event.detail.answers.length}`);
  }

  protected onError(event: SaumatonErrorEvent): void {
    this.error.set(String(event.detail.error));
  }
}
