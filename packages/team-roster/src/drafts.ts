import { msg } from '@lit/localize';
import {
  MeetingSchema,
  TeamMemberSchema,
  ValidationError,
  newId,
  parse,
  today,
  type Meeting,
  type ProducerType,
  type Team,
  type TeamMember,
  type TeamRole,
} from '@saumaton/core';

/** What the member form holds: strings as typed, so nothing the user wrote is ever lost. */
export interface MemberDraft {
  id: string | undefined;
  name: string;
  role: TeamRole;
  title: string;
  qualifications: string;
  organizationName: string;
  organizationId: string;
  producerType: ProducerType | '';
  serviceTask: string;
  relationship: string;
  responsibilities: string;
  phone: string;
  email: string;
  reachability: string;
  start: string;
  end: string;
  accessBasis: TeamMember['accessBasis'] | '';
}

export type MemberField = Exclude<keyof MemberDraft, 'id'>;

export interface MeetingDraft {
  date: string;
  participants: string[];
  decisions: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function draftFromMember(member?: TeamMember): MemberDraft {
  return {
    id: member?.id,
    name: member?.name ?? '',
    role: member?.role ?? 'member',
    title: member?.title ?? '',
    qualifications: (member?.qualifications ?? []).join('\n'),
    organizationName: member?.organization?.name ?? '',
    organizationId: member?.organization?.id ?? '',
    producerType: member?.organization?.producerType ?? '',
    serviceTask: member?.serviceTask ?? '',
    relationship: member?.relationship ?? '',
    responsibilities: (member?.responsibilities ?? []).join('\n'),
    phone: member?.contact?.phone ?? '',
    email: member?.contact?.email ?? '',
    reachability: member?.reachability ?? '',
    start: member?.period?.start?.slice(0, 10) ?? '',
    end: member?.period?.end?.slice(0, 10) ?? '',
    accessBasis: member?.accessBasis ?? '',
  };
}

/** A localized sentence for a field that did not validate. */
function fieldMessage(field: MemberField | 'date' | 'participants' | 'decisions'): string {
  switch (field) {
    case 'name':
      return msg('Enter a name.');
    case 'phone':
      return msg('Enter a telephone number, for example +358 40 123 4567.');
    case 'email':
      return msg('Enter an email address, for example name@example.fi.');
    case 'start':
    case 'end':
      return msg('Enter a real date; the end cannot be before the start.');
    case 'date':
      return msg('Enter the date of the meeting.');
    case 'participants':
      return msg('Choose who took part.');
    default:
      return msg('Check this field.');
  }
}

const MEMBER_FIELD_OF_PATH: Record<string, MemberField> = {
  name: 'name',
  title: 'title',
  qualifications: 'qualifications',
  organization: 'organizationName',
  'organization.name': 'organizationName',
  'organization.id': 'organizationId',
  serviceTask: 'serviceTask',
  relationship: 'relationship',
  responsibilities: 'responsibilities',
  'contact.phone': 'phone',
  'contact.email': 'email',
  reachability: 'reachability',
  'period.start': 'start',
  'period.end': 'end',
  period: 'end',
};

function fieldErrors<F extends string>(
  error: ValidationError,
  fieldOf: (path: string) => F | undefined,
): Partial<Record<F, string>> {
  const errors: Partial<Record<F, string>> = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    if (field && !errors[field]) errors[field] = fieldMessage(field as MemberField);
  }
  return errors;
}

export type Parsed<T, F extends string> = { ok: true; value: T } | { ok: false; errors: Partial<Record<F, string>> };

/**
 * Turns the form's strings into a validated member. An organisation typed by name only reuses
 * the id of a team organisation of the same name, else gets a local id.
 */
export function memberFromDraft(draft: MemberDraft, team: Team, clientSide: boolean): Parsed<TeamMember, MemberField> {
  const orgName = draft.organizationName.trim();
  const known = team.members.find((m) => m.organization?.name === orgName)?.organization;
  const candidate = {
    id: draft.id ?? newId('member'),
    name: draft.name,
    role: draft.role,
    title: clientSide ? undefined : draft.title.trim() || undefined,
    qualifications: clientSide ? undefined : lines(draft.qualifications),
    organization:
      clientSide || !orgName
        ? undefined
        : {
            // A new organisation gets an id every backend can hold (a FHIR id, too).
            id: draft.organizationId.trim() || known?.id || newId('org'),
            name: orgName,
            producerType: draft.producerType || known?.producerType || undefined,
          },
    serviceTask: clientSide ? undefined : draft.serviceTask.trim() || undefined,
    relationship: clientSide ? draft.relationship.trim() || undefined : undefined,
    responsibilities: lines(draft.responsibilities),
    contact:
      draft.phone.trim() || draft.email.trim()
        ? { phone: draft.phone.trim() || undefined, email: draft.email.trim() || undefined }
        : undefined,
    reachability: draft.reachability.trim() || undefined,
    period: draft.start || draft.end ? { start: draft.start || undefined, end: draft.end || undefined } : undefined,
    accessBasis: clientSide ? undefined : draft.accessBasis || undefined,
  };
  try {
    return { ok: true, value: withoutEmpty(parse(TeamMemberSchema, candidate)) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return {
      ok: false,
      errors: fieldErrors(error, (path) => MEMBER_FIELD_OF_PATH[path] ?? MEMBER_FIELD_OF_PATH[path.split('.')[0]!]),
    };
  }
}

export function emptyMeetingDraft(): MeetingDraft {
  return { date: today(), participants: [], decisions: '' };
}

export function meetingFromDraft(draft: MeetingDraft): Parsed<Meeting, keyof MeetingDraft> {
  if (draft.participants.length === 0) return { ok: false, errors: { participants: fieldMessage('participants') } };
  try {
    const meeting = parse(MeetingSchema, {
      id: newId('meeting'),
      date: draft.date,
      participants: draft.participants,
      decisions: lines(draft.decisions),
    });
    return { ok: true, value: meeting };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { ok: false, errors: { date: fieldMessage('date') } };
  }
}

/**
 * Drops keys whose value is `undefined`, an empty list or an object left empty, at every depth,
 * so a saved member stays tidy.
 */
function withoutEmpty<T extends object>(value: T): T {
  const entries = Object.entries(value).flatMap(([k, v]): [string, unknown][] => {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) return [];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = withoutEmpty(v as object);
      return Object.keys(inner).length ? [[k, inner]] : [];
    }
    return [[k, v]];
  });
  return Object.fromEntries(entries) as T;
}

/** The fields the user changed since the form opened. */
export function changedFields(original: MemberDraft, draft: MemberDraft): MemberField[] {
  return (Object.keys(draft) as (keyof MemberDraft)[]).filter(
    (key): key is MemberField => key !== 'id' && draft[key] !== original[key],
  );
}

/**
 * Applies only what the user changed to the member as it is now. After a conflict this keeps
 * what the other person changed in the fields the user did not touch, and never writes back
 * contact details the form did not show (turvakielto).
 */
export function mergeMember(current: TeamMember, edited: TeamMember, changed: readonly MemberField[]): TeamMember {
  const out: Record<string, unknown> = { ...current };
  // Phone and email, start and end, build on each other: both may have changed.
  let contact = current.contact;
  let period = current.period;
  for (const field of changed) {
    switch (field) {
      case 'phone':
      case 'email':
        out['contact'] = contact = { ...contact, [field]: edited.contact?.[field] };
        break;
      case 'start':
      case 'end':
        out['period'] = period = { ...period, [field]: edited.period?.[field] };
        break;
      case 'organizationName':
      case 'organizationId':
      case 'producerType':
        out['organization'] = edited.organization;
        break;
      default:
        out[field] = edited[field];
    }
  }
  return parse(TeamMemberSchema, withoutEmpty(out));
}
