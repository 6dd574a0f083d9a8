import '@saumaton/consent-form/saumaton-consent-form.js';

import type { AnyAdapter, Viewer } from '@saumaton/core';
import { exampleOrganizations } from '@saumaton/core/examples';
import type { ConsentForm } from '@saumaton/consent-form';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  exampleAdapter,
  neverAnsweringAdapter,
  noConsentsAdapter,
  offlineOnceAdapter,
  withoutLiveUpdatesAdapter,
} from './story-adapters.js';

interface ConsentArgs {
  clientId?: string | undefined;
  viewer: Viewer;
  onSaumatonSaved?: (event: Event) => void;
  onSaumatonError?: (event: Event) => void;
  onSaumatonConsentRecorded?: (event: Event) => void;
  onSaumatonConsentRevoked?: (event: Event) => void;
}

const professional: Viewer = { kind: 'professional', organizationId: '1.2.246.10.99999999.10.0' };

function adapterOf(loaded: Record<string, unknown>): AnyAdapter {
  return loaded['adapter'] as AnyAdapter;
}

/** The shadow root of the story's element, once it shows `selector`. */
async function shown(canvas: HTMLElement, selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = canvas.querySelector('saumaton-consent-form')?.shadowRoot?.querySelector<HTMLElement>(selector);
    if (!found) throw new globalThis.Error(`${selector} is not shown yet.`);
    return found;
  });
}

/** The manifest's attribute rows document the attribute names; the property rows carry the controls. */
const documentationRows: Meta['argTypes'] = {
  'client-id': { control: false },
  adapter: { control: false },
};

const meta = {
  title: 'Widgets/Consent form',
  component: 'saumaton-consent-form',
  args: { clientId: 'client-aino', viewer: professional },
  argTypes: {
    ...documentationRows,
    clientId: { control: 'text' },
    viewer: {
      control: 'object',
      description:
        "Who is looking: `{ kind: 'professional' | 'client' | 'representative', organizationId? }`. Only a professional records and revokes.",
      table: { category: 'properties', type: { summary: 'Viewer' } },
    },
    onSaumatonSaved: { action: 'saumaton-saved', table: { disable: true } },
    onSaumatonError: { action: 'saumaton-error', table: { disable: true } },
    onSaumatonConsentRecorded: { action: 'saumaton-consent-recorded', table: { disable: true } },
    onSaumatonConsentRevoked: { action: 'saumaton-consent-revoked', table: { disable: true } },
  },
  render: (args, { loaded }) =>
    html`<saumaton-consent-form
      client-id=${args.clientId || nothing}
      .adapter=${adapterOf(loaded)}
      .viewer=${args.viewer}
      @saumaton-saved=${args.onSaumatonSaved}
      @saumaton-error=${args.onSaumatonError}
      @saumaton-consent-recorded=${args.onSaumatonConsentRecorded}
      @saumaton-consent-revoked=${args.onSaumatonConsentRevoked}
    ></saumaton-consent-form>`,
} satisfies Meta<ConsentArgs>;

export default meta;
type Story = StoryObj<ConsentArgs>;

const withExampleData = async () => ({ adapter: await exampleAdapter() });

/** A professional reads Aino's consents by instrument: one revoked, with its history. They may record and revoke. */
export const ListWithRevokedHistory: Story = {
  loaders: [withExampleData],
};

/** The client reads her own consents in plain words, and what she can do about them; nothing to change here. */
export const ClientViewer: Story = {
  args: { viewer: { kind: 'client' } },
  loaders: [withExampleData],
};

/** A statutory exception shows as what it is: not a consent. */
export const StatutoryException: Story = {
  args: { clientId: 'client-sanna' },
  loaders: [withExampleData],
};

/** No consent recorded yet; a professional may record one. */
export const Empty: Story = {
  loaders: [async () => ({ adapter: await noConsentsAdapter() })],
};

/** The adapter never answers. */
export const Loading: Story = {
  loaders: [() => ({ adapter: neverAnsweringAdapter() })],
};

/** The first load fails offline; "Try again" then succeeds. */
export const Error: Story = {
  loaders: [async () => ({ adapter: await offlineOnceAdapter() })],
};

function recording(instrument: string): Story {
  return {
    loaders: [withExampleData],
    parameters: { docs: { story: { autoplay: true } } },
    play: async ({ canvasElement }) => {
      await userEvent.click(await shown(canvasElement, `#record-${instrument}`));
      await shown(canvasElement, '#record-form');
    },
  };
}

/** Recording a consent to data sharing: what to tell the client first, then the form. */
export const RecordingAConsentToDataSharing = recording('disclosure-permit');

/** Recording a denial of consent: what it does not stop is said first, and kept with it. */
export const RecordingADenialOfConsent = recording('disclosure-prohibition');

/** Recording a consent for a specific purpose, given or refused. */
export const RecordingAConsentForASpecificPurpose = recording('case-consent');

/** Revoking a consent: who, how, from when, and why. */
export const Revoking: Story = {
  loaders: [withExampleData],
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    await userEvent.click(await shown(canvasElement, '#revoke-consent-aino-plan'));
    await shown(canvasElement, '#revoke-form');
  },
};

/**
 * The professional revokes the consent to data sharing while someone else has already revoked it
 * (the client, in OmaKanta): the conflict shows theirs and keeps the professional's revocation.
 */
export const Conflict: Story = {
  loaders: [async () => withoutLiveUpdatesAdapter()],
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement, loaded, step }) => {
    const store = (loaded as { store: import('@saumaton/core').MemoryAdapter }).store;
    await step('Open the revocation of the consent to data sharing', async () => {
      await userEvent.click(await shown(canvasElement, '#revoke-consent-aino-permit'));
      await shown(canvasElement, '#revoke-form');
    });
    await step('Someone else revokes it first', async () => {
      const current = (await store.listConsents('client-aino')).find((r) => r.value.id === 'consent-aino-permit')!;
      await store.revokeConsent(
        'consent-aino-permit',
        { at: '2026-03-01', by: { kind: 'client' }, method: 'electronic', reason: 'OmaKannassa.' },
        current.version,
      );
    });
    await step('Revoke with the stale version', async () => {
      await userEvent.click(await shown(canvasElement, '#revoke-form button[type="submit"]'));
    });
    await waitFor(async () => expect(await shown(canvasElement, '[part~="conflict"]')).not.toBeNull());
  },
};

/** In a 320px-wide column, with the form open: the widget reflows by its container. */
export const Narrow: Story = {
  ...recording('disclosure-permit'),
  decorators: [(story) => html`<div class="sb-saumaton-narrow">${story()}</div>`],
};

/** The dark theme. */
export const Dark: Story = {
  loaders: [withExampleData],
  globals: { theme: 'dark' },
};

const producer = { organization: exampleOrganizations.voucher, professional: { name: 'Maria Lindqvist' } };

/**
 * Inside a service-voucher producer's own intake form: the client answers one consent after
 * reading what it means; the form submits it as JSON under `name`. What it submits is shown below.
 */
export const InsideAHostForm: StoryObj<{ instrument: string; required: boolean }> = {
  args: { instrument: 'disclosure-permit', required: true },
  argTypes: {
    instrument: { control: 'select', options: ['disclosure-permit', 'disclosure-prohibition', 'case-consent'] },
    required: { control: 'boolean' },
  },
  render: (args) => {
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const consent = new FormData(form).get('consent');
      form.querySelector('output')!.value = typeof consent === 'string' ? consent : '';
    };
    return html`<form @submit=${onSubmit}>
      <p>
        <label>Nimi <input name="name" value="Aino Mäkelä" /></label>
      </p>
      <saumaton-consent-form
        name="consent"
        instrument=${args.instrument}
        ?required=${args.required}
        .value=${{
          clientId: 'client-aino',
          recordedBy: producer,
          sector: 'social-care',
          recipients: [exampleOrganizations.county],
          purpose: 'Kotihoidon suunnittelu palvelusetelillä',
          target: { kind: 'controller', organization: exampleOrganizations.employment },
        }}
      ></saumaton-consent-form>
      <p><button type="submit">Lähetä</button></p>
      <p>What the form submitted under <code>consent</code>:</p>
      <pre><output></output></pre>
    </form>`;
  },
};

/** In a host form, after a submit without an answer: the required message at the control. */
export const InsideAHostFormUnanswered: StoryObj<{ instrument: string; required: boolean }> = {
  ...InsideAHostForm,
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('form')!.requestSubmit();
    const el = canvasElement.querySelector<ConsentForm>('saumaton-consent-form')!;
    await waitFor(() => expect(el.shadowRoot?.querySelector('#answer-message')?.textContent).not.toBe(''));
  },
};
