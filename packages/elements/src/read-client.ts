import { ClientSchema, isAbortError, parse, type AnyAdapter, type Client } from '@saumaton/core';

/**
 * The client `clientId` a widget shows a record of (a `ResourceController`'s `context`), or
 * `undefined` when the adapter has no `getClient`, fails, or answers for another client: a widget
 * then fails closed and treats the client as under turvakielto. An abort is passed on.
 */
export async function readClient(
  adapter: AnyAdapter,
  clientId: string,
  signal: AbortSignal,
): Promise<Client | undefined> {
  if (!adapter.getClient) return undefined;
  try {
    const client = parse(ClientSchema, (await adapter.getClient(clientId, { signal })).value);
    return client.id === clientId ? client : undefined;
  } catch (error) {
    if (isAbortError(error)) throw error;
    return undefined;
  }
}
