// Vue 3: the GlobalComponents typings generated from the manifests (`@saumaton/<package>/vue`),
// read as Vue's template type checker reads them: a component's `$props`, with each declared
// event as its `on<Event>` prop (`@saumaton-saved` → `onSaumatonSaved`). Nothing here runs.
import type { GlobalComponents } from 'vue';
import type {} from '@saumaton/elements/vue';
import type {} from '@saumaton/team-roster/vue';
import { MemoryAdapter } from '@saumaton/core';

type RosterProps = InstanceType<GlobalComponents['saumaton-team-roster']>['$props'];
type ProviderProps = InstanceType<GlobalComponents['saumaton-provider']>['$props'];

const adapter = new MemoryAdapter();
const seen: unknown[] = [];

export const provider: ProviderProps = { adapter, viewer: { kind: 'professional' } };

export const roster: RosterProps = {
  teamId: 'team-1',
  editable: true,
  adapter,
  onSaumatonSaved: (event) => seen.push(event.detail.value.members.length, event.detail.version),
  onSaumatonError: (event) => seen.push(event.detail.error),
};

export const misspelledProperty: RosterProps = {
  // @ts-expect-error no property `temId` (it is `teamId`)
  temId: 'team-1',
};

export const wrongDetail: RosterProps = {
  // @ts-expect-error the detail of saumaton-saved is the saved team, not a number
  onSaumatonSaved: (event: CustomEvent<number>) => seen.push(event.detail.toFixed()),
};

export const wrongMember: RosterProps = {
  onSaumatonSaved: (event) => {
    // @ts-expect-error a team has no `answers`
    seen.push(event.detail.value.answers);
  },
};

export const wrongViewer: RosterProps = {
  // @ts-expect-error the viewer kind is one of three
  viewer: { kind: 'admin' },
};
