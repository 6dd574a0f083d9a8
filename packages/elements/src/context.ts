import { createContext } from '@lit/context';
import type { ClientStore, TeamStore, Viewer } from '@saumaton/core';

/**
 * The data adapter a provider hands down. Widgets ask only for the stores they use, so this is
 * typed loosely as the union of what any widget may need.
 */
export type AnyAdapter = Partial<ClientStore & TeamStore>;

// Symbol keys: two copies of the library on one page never answer each other's requests.
export const adapterContext = createContext<AnyAdapter | undefined>(Symbol('saumaton-adapter'));
export const viewerContext = createContext<Viewer | undefined>(Symbol('saumaton-viewer'));
