import { createContext } from '@lit/context';
import type { AnyAdapter, Viewer } from '@saumaton/core';

// Symbol keys: two copies of the library on one page never answer each other's requests.
export const adapterContext = createContext<AnyAdapter | undefined>(Symbol('saumaton-adapter'));
export const viewerContext = createContext<Viewer | undefined>(Symbol('saumaton-viewer'));
