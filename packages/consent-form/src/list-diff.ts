import { msg, str } from '@lit/localize';
import type { ConsentList } from './consent-list.js';
import { recordTitle } from './views/consent-card.js';

/** What someone else changed between the list the user saw (`mine`) and theirs, one line a change. */
export function describeListChanges(mine: ConsentList, theirs: ConsentList): string[] {
  const before = new Map(mine.records.map((r) => [r.value.id, r.value]));
  const lines: string[] = [];
  for (const { value } of theirs.records) {
    const old = before.get(value.id);
    const title = recordTitle(value);
    if (!old) lines.push(msg(str`Recorded: ${title}`));
    else if (value.status === 'revoked' && old.status !== 'revoked') lines.push(msg(str`Revoked: ${title}`));
  }
  return lines;
}
