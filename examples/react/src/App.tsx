import { useCallback, useState } from 'react';
import type { MemoryAdapter, Viewer } from '@saumaton/core';
import { exampleClient, exampleTeam } from '@saumaton/core/examples';
import type { SaumatonErrorEvent, SaumatonSavedEvent } from '@saumaton/elements';

const viewer: Viewer = { kind: 'professional' };

/** The page's own text is Finnish, as its `<html lang="fi">`; the widgets follow that attribute. */
export function App({ adapter }: { adapter: MemoryAdapter }) {
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<string>();

  // Any widget's save: the detail is a union by `kind`, narrowed where the portal needs the record.
  const onSaved = useCallback((event: SaumatonSavedEvent) => {
    const { detail } = event;
    const coordinator =
      detail.kind === 'team' ? detail.value.members.find((m) => m.role === 'coordinator')?.name : undefined;
    setSaved(`${detail.kind}, versio ${detail.version}${coordinator ? `, koordinaattori ${coordinator}` : ''}`);
    setError(undefined);
  }, []);
  const onError = useCallback((event: SaumatonErrorEvent) => setError(String(event.detail.error)), []);

  return (
    <main>
      <h1>Asiakkaan {exampleClient.name} palvelut</h1>
      <p role="status" id="saved">
        {saved ? `Tallennettu: ${saved}` : 'Ei tallennettuja muutoksia.'}
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
    </main>
  );
}
