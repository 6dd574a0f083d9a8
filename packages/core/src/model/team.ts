import * as v from './schema.js';
import {
  ContactSchema,
  IdSchema,
  IsoDateSchema,
  LongTextSchema,
  NameSchema,
  PeriodSchema,
  ShortTextSchema,
} from './common.js';
import { OrganizationRefSchema } from './organization.js';

export const TEAM_STATUSES = ['proposed', 'active', 'suspended', 'inactive'] as const;
export const TeamStatusSchema = v.picklist(TEAM_STATUSES);
/** Which of a client's teams is "the" team when there are several: active first, inactive last. */
export const TEAM_STATUS_PREFERENCE: Readonly<Record<(typeof TEAM_STATUSES)[number], number>> = {
  active: 0,
  proposed: 1,
  suspended: 2,
  inactive: 3,
};
export type TeamStatus = v.InferOutput<typeof TeamStatusSchema>;

/** The roles of professionals in a multi-service team. */
export const PROFESSIONAL_ROLES = [
  'coordinator',
  'named-worker',
  'responsible-worker',
  'member',
  'consultant',
] as const;
/** The roles of the client and the people on the client's side. */
export const CLIENT_SIDE_ROLES = ['client', 'close-person', 'support-person', 'legal-representative'] as const;
export const TEAM_ROLES = [...PROFESSIONAL_ROLES, ...CLIENT_SIDE_ROLES] as const;
export const TeamRoleSchema = v.picklist(TEAM_ROLES);
export type TeamRole = v.InferOutput<typeof TeamRoleSchema>;
export type ProfessionalRole = (typeof PROFESSIONAL_ROLES)[number];
export type ClientSideRole = (typeof CLIENT_SIDE_ROLES)[number];

/** On what basis a member may see the client's data (inferred from 703/2023). */
export const ACCESS_BASES = ['consent', 'statute', 'joint-service'] as const;
export const AccessBasisSchema = v.picklist(ACCESS_BASES);
export type AccessBasis = v.InferOutput<typeof AccessBasisSchema>;

export const TeamMemberSchema = v.object({
  id: IdSchema,
  name: NameSchema,
  title: v.optional(ShortTextSchema),
  qualifications: v.optional(v.array(ShortTextSchema)),
  organization: v.optional(OrganizationRefSchema),
  serviceTask: v.optional(ShortTextSchema),
  role: TeamRoleSchema,
  /** For client-side participants: how they relate to the client ("daughter", "neighbour"). */
  relationship: v.optional(ShortTextSchema),
  responsibilities: v.optional(v.array(LongTextSchema)),
  contact: v.optional(ContactSchema),
  /** When the member can be reached ("weekdays 8–16"). */
  reachability: v.optional(ShortTextSchema),
  period: v.optional(PeriodSchema),
  accessBasis: v.optional(AccessBasisSchema),
  /**
   * The backend's record of this person could not be found (a dangling reference in FHIR): the
   * member is shown as an unknown person, and `name` holds whatever label the backend had.
   */
  unresolved: v.optional(v.boolean()),
});
export type TeamMember = v.InferOutput<typeof TeamMemberSchema>;

export const MeetingSchema = v.object({
  id: IdSchema,
  date: IsoDateSchema,
  participants: v.array(IdSchema),
  decisions: v.array(LongTextSchema),
});
export type Meeting = v.InferOutput<typeof MeetingSchema>;

/** The multi-service team around one client. */
export const TeamSchema = v.pipe(
  v.object({
    id: IdSchema,
    clientId: IdSchema,
    planId: v.optional(IdSchema),
    status: TeamStatusSchema,
    members: v.array(TeamMemberSchema),
    meetings: v.array(MeetingSchema),
  }),
  v.check((team) => new Set(team.members.map((m) => m.id)).size === team.members.length, 'member ids must be unique'),
  v.check(
    (team) => new Set(team.meetings.map((m) => m.id)).size === team.meetings.length,
    'meeting ids must be unique',
  ),
);
export type Team = v.InferOutput<typeof TeamSchema>;
