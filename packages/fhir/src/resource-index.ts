/**
 * The resources a read has gathered, found by reference: contained (`#id`), relative
 * (`Practitioner/1`, also with `/_history/n`) or absolute on the server's own base. A reference
 * to another server is never followed: the adapter sends its token to its own base only.
 */
import type { AnyResource } from './resources.js';

/** A resource as the mapping found it: where it lives (`Type/id`, or `#id` inside the team) and its version. */
export interface Found<R = AnyResource> {
  readonly resource: R;
  readonly key: string;
  readonly version?: string | undefined;
}

const RELATIVE = /^([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

export class ResourceIndex {
  private readonly byKey = new Map<string, AnyResource>();
  private readonly base: string;

  constructor(baseUrl: string) {
    this.base = baseUrl.replace(/\/+$/, '');
  }

  add(resource: AnyResource): void {
    if (resource.id !== undefined) this.byKey.set(`${resource.resourceType}/${resource.id}`, resource);
  }

  /** `Type/id` for a reference this server can answer, else `undefined` (contained, another server, a URN). */
  keyOf(reference: string | undefined): string | undefined {
    if (!reference) return undefined;
    const relative = reference.startsWith(`${this.base}/`) ? reference.slice(this.base.length + 1) : reference;
    const m = RELATIVE.exec(relative);
    return m ? `${m[1] ?? ''}/${m[2] ?? ''}` : undefined;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** The resource a reference points at, looking in `container.contained` for `#id`. */
  find(reference: string | undefined, container?: AnyResource): Found | undefined {
    if (!reference) return undefined;
    if (reference.startsWith('#')) {
      const contained = container?.['contained'];
      const resource = Array.isArray(contained)
        ? (contained as AnyResource[]).find((r) => `#${r.id ?? ''}` === reference)
        : undefined;
      return resource && { resource, key: reference };
    }
    const key = this.keyOf(reference);
    const resource = key === undefined ? undefined : this.byKey.get(key);
    return resource && key !== undefined ? { resource, key, version: resource.meta?.versionId } : undefined;
  }
}
