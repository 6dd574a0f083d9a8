import { CUSTOM_ELEMENTS_SCHEMA, Component, InjectionToken, inject, signal } from '@angular/core';
import type { MemoryAdapter, Viewer } from '@saumaton/core';
import { exampleClient, exampleTeam } from '@saumaton/core/examples';
import type { SaumatonErrorEvent, SaumatonSavedEvent } from '@saumaton/elements';
// The typings: under strictTemplates Angular types each `$event` by the element's own event map.
import type {} from '@saumaton/team-roster/angular';

export const ADAPTER = new InjectionToken<MemoryAdapter>('the Saumaton adapter');

/** The page's own text is Finnish, as its `<html lang="fi">`; the widgets follow that attribute. */
@Component({
  selector: 'app-portal',
  // The saumaton-* tags are custom elements: Angular then sets bound properties on them as they are.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Asiakkaan {{ clientName }} palvelut</h1>
      <p id="saved" role="status">{{ saved() ? 'Tallennettu: ' + saved() : 'Ei tallennettuja muutoksia.' }}</p>
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
    </main>
  `,
})
export class PortalComponent {
  protected readonly adapter = inject(ADAPTER);
  protected readonly viewer: Viewer = { kind: 'professional' };
  protected readonly teamId = exampleTeam.id;
  protected readonly clientName = exampleClient.name;
  protected readonly saved = signal<string | undefined>(undefined);
  protected readonly error = signal<string | undefined>(undefined);

  /** Any widget's save: the detail is a union by `kind`, narrowed where the portal needs the record. */
  protected onSaved(event: SaumatonSavedEvent): void {
    const { detail } = event;
    const coordinator =
      detail.kind === 'team' ? detail.value.members.find((m) => m.role === 'coordinator')?.name : undefined;
    this.saved.set(`${detail.kind}, versio ${detail.version}${coordinator ? `, koordinaattori ${coordinator}` : ''}`);
    this.error.set(undefined);
  }

  protected onError(event: SaumatonErrorEvent): void {
    this.error.set(String(event.detail.error));
  }
}
