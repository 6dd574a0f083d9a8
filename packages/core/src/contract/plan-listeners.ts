import { RecordListeners } from './record-listeners.js';
import type { ClientPlan } from '../model/plan.js';

/**
 * The plan listeners of an adapter's `subscribe()`: each gets a copy of the whole plan its ref
 * names (a `VersionedPlan`) whenever any piece of it is saved: the common sections or any part.
 */
export class PlanListeners extends RecordListeners<ClientPlan, { readonly planId: string }> {
  constructor() {
    super((ref, plan) => ref.planId === plan.id);
  }
}
