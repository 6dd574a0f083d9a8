// React 19: the JSX typings generated from the manifests (`@saumaton/<package>/react`), compiled as
// a portal would compile them. Nothing here runs.
import type {} from '@saumaton/elements/react';
import type {} from '@saumaton/team-roster/react';
import type {} from '@saumaton/consent-form/react';
import type {} from '@saumaton/need-assessment/react';
import type {} from '@saumaton/plan-viewer/react';
import { MemoryAdapter } from '@saumaton/core';
import type { TeamRoster } from '@saumaton/team-roster';

const adapter = new MemoryAdapter();
const seen: unknown[] = [];

export function Portal({ teamId }: { teamId: string }) {
  return (
    <saumaton-provider adapter={adapter} viewer={{ kind: 'professional', organizationId: 'org-1' }}>
      <saumaton-team-roster
        team-id={teamId}
        editable
        className="roster"
        ref={(roster: TeamRoster | null) => {
          seen.push(roster?.teamId);
        }}
        onsaumaton-saved={(event) => seen.push(event.detail.value.members.length, event.detail.version)}
        onsaumaton-error={(event) => seen.push(event.detail.error)}
      />
      <saumaton-team-roster clientId="client-1" adapter={adapter} viewer={{ kind: 'client' }} />
    </saumaton-provider>
  );
}

/** Each widget's saumaton-saved is typed by its own record, from the package's typings alone. */
export function OtherWidgets({ clientId }: { clientId: string }) {
  return (
    <>
      <saumaton-consent-form
        client-id={clientId}
        onsaumaton-saved={(event) => seen.push(event.detail.kind, event.detail.value.records.length)}
      />
      <saumaton-need-assessment
        assessment-id="assessment-1"
        meter-id="saumaton-life-situation-meter"
        editable
        onsaumaton-saved={(event) => seen.push(event.detail.value.status)}
        onsaumaton-assessment-submitted={(event) =>
          seen.push(event.detail.assessment.completedAt, event.detail.version)
        }
      />
      <saumaton-plan-viewer
        client-id={clientId}
        mode="professional"
        editable
        adapter={adapter}
        viewer={{ kind: 'professional', organizationId: 'org-1' }}
        onsaumaton-saved={(event) =>
          seen.push(
            event.detail.kind === 'plan-part' ? event.detail.value.producer.name : event.detail.value.goals.length,
            event.detail.version,
          )
        }
        onsaumaton-error={(event) => seen.push(event.detail.error)}
      />
      <saumaton-plan-viewer plan-id="plan-1" planId="plan-1" allowClientView mode="client" />
    </>
  );
}

export const misspelledProperty = (
  <saumaton-team-roster
    // @ts-expect-error no property `temId` (it is `teamId`)
    temId="team-1"
  />
);

export const wrongDetail = (
  // @ts-expect-error the detail of saumaton-saved is the saved team, not a number
  <saumaton-team-roster onsaumaton-saved={(event: CustomEvent<number>) => seen.push(event.detail.toFixed())} />
);

export const wrongMember = (
  <saumaton-team-roster
    onsaumaton-saved={(event) => {
      // @ts-expect-error a team has no `answers`
      seen.push(event.detail.value.answers);
    }}
  />
);

export const reactNamedHandler = (
  <saumaton-team-roster
    // @ts-expect-error React 19 listens to `on` + the event name as written: onsaumaton-saved
    onSaumatonSaved={() => seen.push('never fires')}
  />
);

export const wrongPropertyType = (
  <saumaton-team-roster
    // @ts-expect-error editable is a boolean
    editable="yes"
    // @ts-expect-error the viewer kind is one of three
    viewer={{ kind: 'admin' }}
  />
);

export const providerAdapter = (
  // @ts-expect-error the provider's adapter is an adapter, not a string
  <saumaton-provider adapter="memory" />
);

export const planViewerMisspelledProperty = (
  <saumaton-plan-viewer
    // @ts-expect-error no property `planID` (it is `planId`)
    planID="plan-1"
  />
);

export const planViewerWrongDetail = (
  // @ts-expect-error the detail of the plan viewer's saumaton-saved is the plan or a part, not a number
  <saumaton-plan-viewer onsaumaton-saved={(event: CustomEvent<number>) => seen.push(event.detail.toFixed())} />
);

export const planViewerWrongMember = (
  <saumaton-plan-viewer
    onsaumaton-saved={(event) => {
      // @ts-expect-error a plan and a part have no list of `members` (a team has)
      seen.push(event.detail.value.members.length);
    }}
  />
);

export const planViewerWrongMode = (
  <saumaton-plan-viewer
    // @ts-expect-error the mode is `professional` or `client`
    mode="admin"
  />
);
