import { useCallback, useState } from 'react';
import type { MemoryAdapter, Viewer } from '@saumaton/core';
import { exampleClient, exampleOrganizations, exampleTeam, exampleTemplateIds } from '@saumaton/core/examples';
import type { SaumatonErrorEvent, SaumatonSavedEvent } from '@saumaton/elements';
import type { SaumatonChangeEvent } from '@saumaton/need-assessment';

/** A professional of the county: edits the team, records and revokes consents, fills in the assessment. */
const viewer: Viewer = { kind: 'professional', organizationId: exampleOrganizations.county.id };
/** A professional of the service-voucher home-help producer: in the client plan, edits its own part. */
const producer: Viewer = { kind: 'professional', organizationId: exampleOrganizations.voucher.id };

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
export function App({ adapter }: { adapter: MemoryAdapter }) {
  const [saved, setSaved] = useState<string>();
  const [changed, setChanged] = useState<string>();
  const [error, setError] = useState<string>();

  // Every widget's save, one handler.
  const onSaved = useCallback((event: SaumatonSavedEvent) => {
    setSaved(describeSave(event));
    setError(undefined);
  }, []);
  // The assessment is read, not pushed: the event names the question; the response is `value`.
  const onChange = useCallback((event: SaumatonChangeEvent) => {
    setChanged(`${event.detail.linkId}, vastauksia ${event.detail.answers.length}`);
  }, []);
  const onError = useCallback((event: SaumatonErrorEvent) => setError(String(event.detail.error)), []);

  return (
    <main>
      <h1>Asiakkaan {exampleClient.name} palvelut</h1>
      <p role="status" id="saved">
        {saved ? `Tallennettu: ${saved}` : 'Ei tallennettuja muutoksia.'}
      </p>
      <p role="status" id="changed">
        {changed ? `Arviointia muutettu: ${changed}` : 'Arviointiin ei ole vastattu.'}
      </p>
      {error ? <p role="alert">Virhe: {error}</p> : null}
      <saumaton-team-roster
        team-id={exampleTeam.id}
        editable
        adapter={adapter}
        viewer={viewer}
        onsaumaton-saved={onSaved}
        onsaumaton-error={onError}
      />
      <saumaton-consent-form
        client-id={exampleClient.id}
        adapter={adapter}
        viewer={viewer}
        onsaumaton-saved={onSaved}
        onsaumaton-error={onError}
      />
      <saumaton-need-assessment
        template-id={exampleTemplateIds.assessment}
        adapter={adapter}
        viewer={viewer}
        onsaumaton-change={onChange}
        onsaumaton-error={onError}
      />
      <saumaton-plan-viewer
        client-id={exampleClient.id}
        editable
        adapter={adapter}
        viewer={producer}
        onsaumaton-saved={onSaved}
        onsaumaton-error={onError}
      />
    </main>
  );
}
