/**
 * The plan's history in the user's words: each section and field a change may name, and each
 * value as shown (`DisplayValue`), never raw JSON. Loaded with the history, never on first render.
 */
import { msg, str } from '@lit/localize';
import { formatDate, formatList } from '@saumaton/elements';
import {
  PLAN_CODE_SYSTEMS,
  type ClientPlan,
  type DisplayValue,
  type PlanChange,
  type PlanChangeItem,
  type PlanField,
  type PlanHistoryEntry,
  type PlanPerson,
  type PlanSection,
} from '@saumaton/core';
import {
  achievementLabel,
  goalStatusLabel,
  partyLabel,
  personKindLabel,
  planStatusLabel,
  producerTypeLabel,
  serviceStatusLabel,
  setByLabel,
  type Audience,
} from '../labels.js';
import { languageName } from '../views/bits.js';

/** Each section's heading, as the plan itself names it (plain words for the client). */
export function sectionLabel(section: PlanSection, audience: Audience): string {
  const client = audience === 'client';
  switch (section) {
    case 'header':
      return msg('Plan details');
    case 'clienthood':
      return client ? msg('Your client relationship') : msg('Clienthood');
    case 'context':
      return client ? msg('Language and the people close to you') : msg('Context');
    case 'supportNeed':
      return client ? msg('What you need support with') : msg('Support need');
    case 'servicesNeeded':
      return client ? msg('What services and help you need') : msg('Services and measures needed');
    case 'services':
      return client ? msg('Your services and who provides them') : msg('Services');
    case 'meetingFrequency':
      return client ? msg('How often we meet') : msg('Meeting frequency');
    case 'strengths':
      return client ? msg('Your strengths') : msg('Strengths and resources');
    case 'goals':
      return client ? msg('Your goals') : msg('Goals and means');
    case 'expectedDuration':
      return client
        ? msg('How long the services are expected to last')
        : msg('Estimated duration of the client relationship');
    case 'partnersAndResponsibilities':
      return client ? msg('Who does what') : msg('Partners and division of responsibilities');
    case 'followUp':
      return client ? msg('How we follow how things go') : msg('Follow-up and evaluation');
    case 'evaluation':
      return msg('Evaluation of the plan');
    case 'part':
      return msg('The producer’s part');
    case 'health':
      return client ? msg('Your health care') : msg('Health part');
    case 'other':
      return msg('Other information');
  }
}

/**
 * Every field a change may name, by its model path (list entries left out). A `Record` over
 * `PlanField`, so the compiler says when core adds a field this table lacks. Inside a list entry
 * the entry is named first ("Goal “Finances in order”: Status"), so an entry's fields are short.
 */
export const FIELD_LABELS: Readonly<Record<PlanField, () => string>> = {
  id: () => msg('Plan identifier'),
  clientId: () => msg('Client identifier'),
  status: () => msg('Status of the plan'),
  'header.documentName': () => msg('Document name'),
  'header.client.name': () => msg('Client’s name'),
  'header.client.identityCode': () => msg('Personal identity code'),
  'header.client.temporaryId': () => msg('Temporary identifier'),
  'header.organizer.id': () => msg('Organiser’s identifier (OID)'),
  'header.organizer.name': () => msg('Organiser'),
  'header.organizer.producerType': () => msg('Organiser’s producer type'),
  'header.producers': () => msg('Service producer'),
  'header.producers.name': () => msg('Name'),
  'header.producers.producerType': () => msg('Producer type'),
  'header.author.name': () => msg('Author'),
  'header.author.title': () => msg('Author’s title'),
  'header.author.organizationId': () => msg('Author’s organisation (OID)'),
  'header.author.practitionerId': () => msg('Author’s identifier'),
  'header.createdAt': () => msg('Created'),
  'header.serviceTasks': () => msg('Service tasks'),
  'clienthood.startDate': () => msg('Start date'),
  'clienthood.responsibleWorker.name': () => msg('Responsible worker'),
  'clienthood.responsibleWorker.title': () => msg('Responsible worker’s title'),
  'clienthood.responsibleWorker.organizationId': () => msg('Responsible worker’s organisation (OID)'),
  'clienthood.responsibleWorker.practitionerId': () => msg('Responsible worker’s identifier'),
  'clienthood.responsibleWorker.kind': () => msg('Responsible worker’s role'),
  'clienthood.responsibleWorker.contact.phone': () => msg('Responsible worker’s phone'),
  'clienthood.responsibleWorker.contact.email': () => msg('Responsible worker’s email'),
  'clienthood.turvakielto': () => msg('Non-disclosure for safety (turvakielto)'),
  'clienthood.endDate': () => msg('End date'),
  'clienthood.endReason': () => msg('Reason for ending'),
  'context.motherTongue': () => msg('Mother tongue'),
  'context.languageOfService': () => msg('Language of service'),
  'context.representatives': () => msg('Representative'),
  'context.representatives.name': () => msg('Name'),
  'context.representatives.kind': () => msg('Role'),
  'context.representatives.competence': () => msg('Competence'),
  'context.representatives.contact.phone': () => msg('Phone'),
  'context.representatives.contact.email': () => msg('Email'),
  'context.closePersons': () => msg('Close person'),
  'context.closePersons.name': () => msg('Name'),
  'context.closePersons.kind': () => msg('Role'),
  'context.closePersons.role': () => msg('Relationship'),
  'context.closePersons.tasks': () => msg('What they take care of'),
  'context.closePersons.contact.phone': () => msg('Phone'),
  'context.closePersons.contact.email': () => msg('Email'),
  'supportNeed.client.text': () => msg('Client’s view'),
  'supportNeed.client.reasons': () => msg('Client’s reasons'),
  'supportNeed.professional.text': () => msg('Professional’s view'),
  'supportNeed.professional.reasons': () => msg('Professional’s reasons'),
  'servicesNeeded.client.text': () => msg('Client’s view'),
  'servicesNeeded.client.reasons': () => msg('Client’s reasons'),
  'servicesNeeded.professional.text': () => msg('Professional’s view'),
  'servicesNeeded.professional.reasons': () => msg('Professional’s reasons'),
  meetingFrequency: () => msg('Meeting frequency'),
  strengths: () => msg('Strengths and resources'),
  goals: () => msg('Goal'),
  'goals.text': () => msg('Wording'),
  'goals.means': () => msg('Means'),
  'goals.status': () => msg('Status'),
  'goals.setBy.kind': () => msg('Set by'),
  'goals.setBy.name': () => msg('Name of who set it'),
  'goals.kind': () => msg('Kind of goal'),
  'goals.targetDate': () => msg('Target date'),
  'goals.meter.id': () => msg('Meter'),
  'goals.meter.url': () => msg('Meter’s address'),
  'goals.meter.version': () => msg('Meter’s version'),
  'goals.areaLinkId': () => msg('Meter area'),
  'goals.evaluations': () => msg('Evaluation'),
  'goals.evaluations.date': () => msg('Date'),
  'goals.evaluations.achievement': () => msg('Achievement'),
  'goals.evaluations.text': () => msg('Written evaluation'),
  'goals.evaluations.by.name': () => msg('Evaluated by'),
  'goals.evaluations.by.title': () => msg('Evaluator’s title'),
  'goals.evaluations.by.organizationId': () => msg('Evaluator’s organisation (OID)'),
  'goals.evaluations.by.practitionerId': () => msg('Evaluator’s identifier'),
  expectedDuration: () => msg('Estimated duration of the client relationship'),
  partners: () => msg('Partner'),
  'partners.name': () => msg('Name'),
  'partners.organization.id': () => msg('Organisation (OID)'),
  'partners.organization.name': () => msg('Organisation'),
  'partners.organization.producerType': () => msg('Producer type'),
  'partners.role': () => msg('Role'),
  responsibilities: () => msg('Responsibility'),
  'responsibilities.party': () => msg('Party'),
  'responsibilities.name': () => msg('Name'),
  'responsibilities.organizationId': () => msg('Organisation (OID)'),
  'responsibilities.text': () => msg('What they take care of'),
  'followUp.method': () => msg('How the plan is followed up'),
  'followUp.nextReviewDate': () => msg('Next review'),
  'followUp.entries': () => msg('Review'),
  'followUp.entries.date': () => msg('Date'),
  'followUp.entries.clientFeedback': () => msg('Client’s feedback'),
  'followUp.entries.teamFeedback': () => msg('Team’s feedback'),
  'followUp.entries.goalEvaluations': () => msg('Goal evaluation'),
  'followUp.entries.goalEvaluations.date': () => msg('Date'),
  'followUp.entries.goalEvaluations.achievement': () => msg('Achievement'),
  'followUp.entries.goalEvaluations.text': () => msg('Written evaluation'),
  'followUp.entries.goalEvaluations.by.name': () => msg('Evaluated by'),
  'followUp.entries.goalEvaluations.by.title': () => msg('Evaluator’s title'),
  'followUp.entries.goalEvaluations.by.organizationId': () => msg('Evaluator’s organisation (OID)'),
  'followUp.entries.goalEvaluations.by.practitionerId': () => msg('Evaluator’s identifier'),
  'followUp.entries.goalEvaluations.goalId': () => msg('Goal'),
  'followUp.entries.nextReviewDate': () => msg('Next review'),
  'followUp.entries.recordedBy.name': () => msg('Recorded by'),
  'followUp.entries.recordedBy.title': () => msg('Recorder’s title'),
  'followUp.entries.recordedBy.organizationId': () => msg('Recorder’s organisation (OID)'),
  'followUp.entries.recordedBy.practitionerId': () => msg('Recorder’s identifier'),
  'evaluation.date': () => msg('Date'),
  'evaluation.clientView': () => msg('Client’s view'),
  'evaluation.participantsView': () => msg('Participants’ view'),
  'evaluation.workerAssessment': () => msg('Worker’s assessment of how the goals were reached'),
  'evaluation.by.name': () => msg('Evaluated by'),
  'evaluation.by.title': () => msg('Evaluator’s title'),
  'evaluation.by.organizationId': () => msg('Evaluator’s organisation (OID)'),
  'evaluation.by.practitionerId': () => msg('Evaluator’s identifier'),
  'health.careNeeds': () => msg('Care needs'),
  'health.goals': () => msg('Goals'),
  'health.implementation': () => msg('Implementation and means'),
  'health.followUp': () => msg('Follow-up'),
  'health.professional.name': () => msg('Professional'),
  'health.professional.title': () => msg('Professional’s title'),
  'health.professional.organizationId': () => msg('Professional’s organisation (OID)'),
  'health.professional.practitionerId': () => msg('Professional’s identifier'),
  'producer.id': () => msg('Producer’s identifier (OID)'),
  'producer.name': () => msg('Service producer'),
  'producer.producerType': () => msg('Producer type'),
  producerType: () => msg('Producer type'),
  services: () => msg('Service'),
  'services.name': () => msg('Name'),
  'services.serviceTask': () => msg('Service task'),
  'services.status': () => msg('Status'),
  'services.start': () => msg('Start'),
  'services.end': () => msg('End'),
  'services.duration': () => msg('Duration'),
  'services.frequency': () => msg('Frequency'),
  'services.responsiblePerson.name': () => msg('Responsible person'),
  'services.responsiblePerson.title': () => msg('Responsible person’s title'),
  'services.responsiblePerson.organizationId': () => msg('Responsible person’s organisation (OID)'),
  'services.responsiblePerson.practitionerId': () => msg('Responsible person’s identifier'),
  'services.goalIds': () => msg('Goals it serves'),
  'services.package.id': () => msg('Service package identifier'),
  'services.package.name': () => msg('Service package'),
  'services.package.step': () => msg('Step in the service package'),
  'services.chain.id': () => msg('Service chain identifier'),
  'services.chain.name': () => msg('Service chain'),
  'services.chain.step': () => msg('Step in the service chain'),
  notes: () => msg('Notes'),
};

/** The lists whose entries a change can be in, longest first: an entry is named by its list's label. */
const LISTS: readonly PlanField[] = [
  'followUp.entries.goalEvaluations',
  'context.representatives',
  'context.closePersons',
  'header.producers',
  'goals.evaluations',
  'followUp.entries',
  'responsibilities',
  'partners',
  'services',
  'goals',
];

/**
 * What the client never sees in the history: identifiers and OIDs, the meter's technical
 * references, producers' internal notes, and members this version of the model does not know.
 */
export function isInternal(change: PlanChange): boolean {
  const f = change.field;
  return (
    f === 'other' ||
    f === 'id' ||
    f === 'clientId' ||
    f === 'notes' ||
    f === 'header.client.temporaryId' ||
    f === 'services.goalIds' ||
    f === 'goals.areaLinkId' ||
    f.startsWith('goals.meter.') ||
    /(\.id|Id)$/.test(f)
  );
}

/** What the history's texts depend on besides the change itself. */
export interface HistoryWords {
  readonly audience: Audience;
  readonly locale: string;
  /** The plan as it stands: its goals name goal ids, its producers name parts. */
  readonly plan: ClientPlan;
}

const known = (system: string, value: string): boolean =>
  (PLAN_CODE_SYSTEMS as Readonly<Record<string, readonly string[]>>)[system]?.includes(value) ?? false;

/** A code in the user's language through the widget's own label tables; else the code's own display, else the code. */
function codeText(code: string, system: string, display: string | undefined, words: HistoryWords): string {
  if (system === 'language') return languageName(code, words.locale) ?? code;
  if (!known(system, code)) return display ?? code;
  switch (system) {
    case 'plan-status':
      return planStatusLabel(code, words.audience);
    case 'planned-service-status':
      return serviceStatusLabel(code, words.audience);
    case 'goal-status':
      return goalStatusLabel(code, words.audience);
    case 'goal-achievement':
      return achievementLabel(code);
    case 'goal-setter':
      return setByLabel(code, words.audience);
    case 'goal-kind':
      return code === 'improve' ? msg('Improve the situation') : msg('Keep the situation from getting worse');
    case 'part-producer-type':
    case 'producer-type':
      return producerTypeLabel(code);
    case 'responsible-worker-kind':
    case 'representative-kind':
    case 'close-person-kind':
      return personKindLabel(code);
    case 'responsibility-party':
      return partyLabel(code, words.audience);
    default:
      return display ?? code;
  }
}

/** A value as the user reads it: text as written, dates by the locale, codes by name, yes or no. */
export function valueText(value: DisplayValue | undefined, words: HistoryWords): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? msg('Yes') : msg('No');
  if (typeof value === 'number') return new Intl.NumberFormat(words.locale).format(value);
  if ('date' in value) return formatDate(value.date);
  return codeText(value.code, value.system, value.display, words);
}

/** A goal's id as the goal's wording, where the plan has it. */
function goalText(id: string, words: HistoryWords): string {
  return words.plan.goals.find((g) => g.id === id)?.text ?? id;
}

/** A change's value: goal ids named by their goals. */
export function changeValue(change: PlanChange, side: 'before' | 'after', words: HistoryWords): string {
  const value = change[side];
  if (
    typeof value === 'string' &&
    (change.field === 'services.goalIds' || change.field === 'followUp.entries.goalEvaluations.goalId')
  ) {
    return goalText(value, words);
  }
  return valueText(value, words);
}

/** The list an entry-level field belongs to: `goals.status` → `goals`. */
function listOf(field: string, depth: 'item' | 'entry'): PlanField | undefined {
  const lists = LISTS.filter((l) => field === l || field.startsWith(`${l}.`));
  // The innermost list is the entry's, the outermost the item's.
  return depth === 'entry' ? lists[0] : lists[lists.length - 1];
}

/** "Goal “Finances in order”": an entry named by its list and its own label. */
export function itemText(list: PlanField | undefined, item: PlanChangeItem, words: HistoryWords): string {
  const label = valueText(item.label, words);
  const noun = list ? FIELD_LABELS[list]() : msg('Entry');
  return label ? msg(str`${noun} “${label}”`) : noun;
}

/** Where a change is: its entry and sub-entry, named ("Review “1 Mar 2026”, Goal evaluation “Finances in order”"). */
export function changePlace(change: PlanChange, words: HistoryWords): string | undefined {
  const places: string[] = [];
  if (change.item) places.push(itemText(listOf(change.field, 'item'), change.item, words));
  if (change.entry) places.push(itemText(listOf(change.field, 'entry'), change.entry, words));
  return places.length ? places.join(', ') : undefined;
}

/** The field's label; a member this version does not know by its path. */
export function fieldText(change: PlanChange): string {
  if (change.field === 'other') return msg(str`Other information: ${change.key ?? ''}`);
  return FIELD_LABELS[change.field]();
}

/** True when the change is a whole list entry added or removed (its fields follow it). */
export function isWholeEntry(change: PlanChange): boolean {
  return (
    change.field !== 'other' &&
    change.before === undefined &&
    change.after === undefined &&
    change.kind !== 'changed' &&
    (LISTS as readonly string[]).includes(change.field)
  );
}

/** The piece of the plan a version saved: the common sections, or a producer's part by its name. */
export function pieceText(entry: PlanHistoryEntry, words: HistoryWords): string {
  if (entry.piece === 'common') return msg('Common sections');
  const id = entry.piece.producerId;
  const plan = words.plan;
  const name =
    plan.parts.find((p) => p.producer.id === id)?.producer.name ??
    plan.header.producers.find((p) => p.id === id)?.name ??
    (plan.header.organizer.id === id ? plan.header.organizer.name : undefined) ??
    (entry.value as { producer?: { name?: unknown } }).producer?.name;
  if (typeof name === 'string' && name) return msg(str`${name}’s part`);
  return words.audience === 'client' ? msg('A service producer’s part') : msg(str`${id}’s part`);
}

/** Who saved a version: their name and title; "Not recorded." when the backend did not say. */
export function whoText(person: PlanPerson | undefined): string {
  if (!person?.name) return msg('Not recorded.');
  return person.title ? `${person.name}, ${person.title}` : person.name;
}

export function whenText(at: string | undefined): string {
  return at ? formatDate(at) : msg('Not recorded.');
}

/** What a version did, in a few words: "Created", or the sections it changed ("Goals and means, Follow-up"). */
export function summaryText(entry: PlanHistoryEntry, sections: readonly PlanSection[], words: HistoryWords): string {
  if (entry.kind === 'created') return msg('Created');
  if (sections.length === 0) return msg('No changes to show');
  return formatList(sections.map((s) => sectionLabel(s, words.audience)));
}
