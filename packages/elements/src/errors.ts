import { msg } from '@lit/localize';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  OfflineError,
  SaumatonError,
  UnauthorizedError,
  ValidationError,
  recognizeError,
} from '@saumaton/core';

/** No adapter reached the element: neither its `adapter` property nor a `<saumaton-provider>`. */
export class MissingAdapterError extends SaumatonError {
  override name = 'MissingAdapterError' as const;
  constructor() {
    super('No adapter: set the element’s adapter property or wrap it in <saumaton-provider>');
  }
}

/**
 * A plain-language, localized sentence for what went wrong and what the user can do. `phase`
 * tells loading from saving, since a malformed record means different things in each.
 */
export function describeError(raw: unknown, phase: 'load' | 'save' = 'load'): string {
  const error = recognizeError(raw);
  if (error instanceof MissingAdapterError) return msg('This view is not connected to a data source.');
  if (error instanceof NotFoundError) {
    return msg('The information was not found. It may have been removed, or you may not have access to it.');
  }
  if (error instanceof UnauthorizedError) return msg('Your session has ended. Sign in again and try again.');
  if (error instanceof ForbiddenError) return msg('You do not have access to this information.');
  if (error instanceof OfflineError) return msg('The service cannot be reached. Check your connection and try again.');
  if (error instanceof ConflictError) return msg('Someone else saved a change first.');
  if (error instanceof ValidationError) {
    return phase === 'load'
      ? msg('The information from the service is malformed, so it is not shown. Report this to your support.')
      : msg('The change could not be saved because some information is not valid.');
  }
  return phase === 'load'
    ? msg('The information could not be loaded. Try again in a moment.')
    : msg('The change could not be saved. Try again in a moment.');
}
