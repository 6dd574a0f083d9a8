/**
 * What only editing needs: the forms, their drafts, what typing in them does, the edits they
 * make and the description of a conflict. `<saumaton-team-roster>` loads this module with
 * `import()` (`LazyModule`) when a professional may edit, so a page that only shows the team
 * never downloads it.
 */
import { isClientSide, type Edit, type Team } from '@saumaton/core';
import {
  changedFields,
  draftFromMember,
  emptyMeetingDraft,
  meetingFromDraft,
  memberFromDraft,
  type MeetingDraft,
  type MemberDraft,
  type MemberField,
} from './drafts.js';
import { recordMeeting, saveMember } from './edits.js';

export { newlyBrokenRules } from '@saumaton/core';
export { handOver, removeMember } from './edits.js';
export { meetingForm } from './forms/meeting-form.js';
export { memberForm } from './forms/member-form.js';
export { describeTeamChanges } from './team-diff.js';

/** The form open, if any: what it holds as typed, and its field errors. */
export type OpenForm = MemberFormState | MeetingFormState;

export interface MemberFormState {
  readonly kind: 'member';
  readonly draft: MemberDraft;
  /** The draft as the form opened: what differs from it is what the user changed. */
  readonly original: MemberDraft;
  readonly errors: Partial<Record<MemberField, string>>;
}

export interface MeetingFormState {
  readonly kind: 'meeting';
  readonly draft: MeetingDraft;
  readonly errors: Partial<Record<keyof MeetingDraft, string>>;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The member form for `member`, or for a new member. */
export function memberFormFor(member: Parameters<typeof draftFromMember>[0]): MemberFormState {
  const draft = draftFromMember(member);
  return { kind: 'member', draft, original: draft, errors: {} };
}

export function newMeetingForm(): MeetingFormState {
  return { kind: 'meeting', draft: emptyMeetingDraft(), errors: {} };
}

/** The member form after the user typed into `target`: that field's error goes with it. */
export function memberInput(form: MemberFormState, target: Control, team: Team | undefined): MemberFormState {
  const field = target.name as MemberField;
  let draft = { ...form.draft, [field]: target.value };
  if (field === 'organizationName') {
    // Another organisation: its own OID and producer type, never the previous one's.
    const known = team?.members.find((m) => m.organization?.name === target.value.trim())?.organization;
    draft = { ...draft, organizationId: known?.id ?? '', producerType: known?.producerType ?? '' };
  }
  const { [field]: _fixed, ...errors } = form.errors;
  return { ...form, draft, errors };
}

/** The meeting form after the user changed `target`. */
export function meetingInput(form: MeetingFormState, target: HTMLInputElement | HTMLTextAreaElement): MeetingFormState {
  const draft = { ...form.draft };
  if (target.name === 'participants') {
    const chosen = new Set(draft.participants);
    if ((target as HTMLInputElement).checked) chosen.add(target.value);
    else chosen.delete(target.value);
    draft.participants = [...chosen];
  } else if (target.name === 'date' || target.name === 'decisions') {
    draft[target.name] = target.value;
  }
  return { ...form, draft, errors: {} };
}

/** The edit the open form makes, or the form with its field errors when it does not read right. */
export function submission(form: OpenForm, team: Team): { edit: Edit<Team> } | { invalid: OpenForm } {
  if (form.kind === 'member') {
    const parsed = memberFromDraft(form.draft, team, isClientSide(form.draft));
    if (!parsed.ok) return { invalid: { ...form, errors: parsed.errors } };
    const isNew = !team.members.some((m) => m.id === parsed.value.id);
    return { edit: saveMember(parsed.value, changedFields(form.original, form.draft), isNew) };
  }
  const parsed = meetingFromDraft(form.draft);
  if (!parsed.ok) return { invalid: { ...form, errors: parsed.errors } };
  return { edit: recordMeeting(parsed.value) };
}
