import { createContext } from '@lit/context';
import type { AdapterExtras, ClientStore, TeamStore, Viewer } from '@saumaton/core';

/**
 * The data adapter a provider hands down. Widgets ask only for the stores they use, so this is
 * typed loosely as the union of what any widget may need, with the optional audit and subscribe.
 */
export type AnyAdapter = Partial<ClientStore & TeamStore> & AdapterExtras;

// Symbol keys: two copies of the library on one page never answer each other's requests.
export const adapterContext = createContext<AnyAdapter | undefined>(Symbol('saumaton-adapter'));
export const viewerContext = createContext<Viewer | undefined>(Symbol('saumaton-viewer'));
