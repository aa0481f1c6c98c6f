// What sidebars and server functions exchange: plain data only, shared by both sides (no Apps Script type here).

/** Dates cross google.script.run as ISO strings `YYYY-MM-DD`: it refuses Date objects. */
export type IsoDate = string;

/** The words of a sidebar, translated by the server so the catalogs stay in one place. */
export type Labels<Key extends string> = Record<Key, string>;

/** A document the add-on made, as a sidebar shows it: its name, linked to its URL. */
export interface DocumentLink {
  name: string;
  url: string;
}

/** A member as a sidebar offers them, e.g. in the Chair list. */
export interface MemberChoice {
  name: string;
  organisation: string;
}

/**
 * A member as the minutes' attendance lists them: `id` is what a ticked box sends and the Meetings row records, the
 * name, or for members who share a name the name and organisation, so ticking one never marks another.
 */
export interface Attendee extends MemberChoice {
  id: string;
}

/** One line of a meeting's agenda: the table time / item / moderator. */
export interface AgendaItem {
  time: string;
  item: string;
  moderator: string;
}

export type NewMeetingLabel =
  | 'date'
  | 'time'
  | 'place'
  | 'host'
  | 'chair'
  | 'noChair'
  | 'agenda'
  | 'itemColumn'
  | 'moderatorColumn'
  | 'itemTime'
  | 'item'
  | 'moderator'
  | 'addItem'
  | 'removeItem'
  | 'create'
  | 'creating'
  | 'created'
  | 'agendaDocument'
  | 'invitationDocument'
  | 'emailInvitation'
  | 'addToCalendar';

export interface NewMeetingForm {
  labels: Labels<NewMeetingLabel>;
  members: MemberChoice[];
  /** The Guide's standard agenda, then one follow-up per open or overdue action, in the workbook's language. */
  agenda: AgendaItem[];
  /** Whether any member has an email address: the email and calendar choices are on by default then. */
  canInvite: boolean;
  /** Today in the workbook's time zone: the sidebar refuses a date too far back or ahead as the server does. */
  today: IsoDate;
  /** Said under the choices: no member has an email yet, or who has none. '' when everyone has one. */
  reachNote: string;
}

/** What the New meeting sidebar sends; the server checks every field again, it trusts nothing. */
export interface NewMeetingRequest {
  date: IsoDate;
  /** `HH:MM`, or empty when not decided yet. */
  time: string;
  place: string;
  host: string;
  /** A member's name, or empty. */
  chair: string;
  agenda: AgendaItem[];
  /** Email the invitation to every member with an email address; false when left out. */
  email?: boolean;
  /** An event on the secretary's calendar with the members as guests; false when left out. */
  calendar?: boolean;
  /**
   * The sidebar's id for this one submission (8 to 64 letters, digits, '-' or '_'), the same when Create is clicked
   * again after a failure: the server then finishes that meeting instead of making a second one.
   */
  requestId?: string;
}

export interface CreatedMeeting {
  number: number;
  meetingId: string;
  agenda: DocumentLink;
  invitation: DocumentLink;
  /** Who was invited and who was not, in the user's language, one sentence each. */
  reached: string[];
}

/** A document made from a menu item (charter, briefing document), as its sidebar shows it. */
export interface MadeDocument {
  /** What was made and what to do next, in the user's language. */
  message: string;
  document: DocumentLink;
  /** True when the Doc made before was updated in place; the sidebar then offers to make a new one. */
  updated: boolean;
  /** The words of the offer to make a new Doc instead. */
  makeNew: string;
}

export type MinutesLabel =
  | 'intro'
  | 'editing'
  | 'attendance'
  | 'items'
  | 'comment'
  | 'addAction'
  | 'removeAction'
  | 'action'
  | 'owner'
  | 'chooseOwner'
  | 'due'
  | 'generate'
  | 'generating'
  | 'minutesDocument'
  | 'emailMinutes'
  | 'resend';

/** An action agreed at a meeting; `actionId` is '' until the first generation gives it one for good. */
export interface MinutesAction {
  actionId: string;
  action: string;
  /** A member's name. */
  owner: string;
  due: IsoDate;
}

/** One agenda item as the minutes record it: its words as the agenda Doc shows them, the comment, the actions. */
export interface MinutesItem {
  item: string;
  comment: string;
  actions: MinutesAction[];
}

/** What the chair writes down: who came (the attendees' ids) and, per agenda item, the comment and actions. */
export interface MinutesContent {
  present: string[];
  items: MinutesItem[];
}

/** The minutes as a generation left them; a later form starts from it and sends it back, so concurrent edits merge. */
export interface MinutesBasis extends MinutesContent {
  revision: number;
}

export interface MinutesForm {
  labels: Labels<MinutesLabel>;
  /** "Agenda – 2027-03-15 – Maison des Associations": which meeting these minutes are of. */
  meeting: string;
  members: Attendee[];
  /** The agenda items as the Doc shows them now, with what earlier minutes said about them. */
  minutes: MinutesContent;
  /** Null before the first generation; to be sent back unchanged with the request. */
  basis: MinutesBasis | null;
  /** The minutes Doc made before, if any. */
  document: DocumentLink | null;
  /** Whether earlier generations already emailed the minutes: the email choice is on by default until then. */
  mailed: boolean;
  continuity: MinutesContinuityForm;
}

export type ContinuityLabel = 'approve' | 'nextMeeting' | 'early';

/** What the minutes record beyond the items: the previous minutes' approval, the next date; and an early generation. */
export interface MinutesContinuityForm {
  labels: Labels<ContinuityLabel>;
  /** "Minutes of meeting 1 (15 March 2027)", the minutes this meeting approves; null when there are none. */
  previous: string | null;
  previousApproved: boolean;
  nextMeeting: IsoDate;
  /** True when the meeting's date is after today: the chair confirms generating its minutes before it. */
  early: boolean;
  /** The meeting's date and today in the workbook's time zone: the sidebar checks the confirmation as the server does. */
  date: IsoDate;
  today: IsoDate;
}

export interface MinutesRequest extends MinutesContent {
  basis: MinutesBasis | null;
  /** Email the link to the members and, to each owner, their new actions; false when left out. */
  email?: boolean;
  /** Send again what earlier generations already sent. */
  resend?: boolean;
  previousApproved?: boolean;
  /** `YYYY-MM-DD` or ''. */
  nextMeeting?: IsoDate;
  /** The chair confirmed generating the minutes of a meeting whose date is after today. */
  confirmEarly?: boolean;
}

export interface GeneratedMinutes {
  document: DocumentLink;
  /** What was done, in the user's language. */
  message: string;
  /** The next meeting's date when the Meetings sheet has no row for it yet, with the words offering to add one. */
  nextMeeting: { date: IsoDate; offer: string } | null;
}

export type AddActionLabel =
  | 'action'
  | 'owner'
  | 'chooseOwner'
  | 'start'
  | 'due'
  | 'budget'
  | 'status'
  | 'add'
  | 'adding'
  | 'added'
  | 'addAnother';

/** A value of a list as a sidebar offers it: the key it sends back and the label a person reads. */
export interface ListChoice {
  value: string;
  label: string;
}

export interface AddActionForm {
  labels: Labels<AddActionLabel>;
  members: MemberChoice[];
  statuses: ListChoice[];
}

/** What the Add action sidebar sends: `budget` as typed; the server checks every field as the sheet does. */
export interface AddActionRequest {
  action: string;
  owner: string;
  start: IsoDate;
  due: IsoDate;
  budget: string;
  /** A key of the actionStatus list. */
  status: string;
}

export interface AddedAction {
  row: number;
  /** What was done, in the user's language. */
  message: string;
}

export type ShowActionsLabel = 'member' | 'choose' | 'show' | 'showAll';

export interface ShowActionsForm {
  labels: Labels<ShowActionsLabel>;
  members: MemberChoice[];
}

/** The alliance's profile, as the profile form edits it and the documents show it; dates as `YYYY-MM-DD` or ''. */
export interface AllianceProfile {
  allianceName: string;
  region: string;
  vision: string;
  workPlanStart: IsoDate;
  workPlanEnd: IsoDate;
  secretaryContact: string;
  logoUrl: string;
}

export type ProfileLabel = 'intro' | keyof AllianceProfile | 'renameDocuments' | 'save' | 'saving';

export interface ProfileForm {
  labels: Labels<ProfileLabel>;
  profile: AllianceProfile;
  /** Docs made before under the alliance's name (charter, briefing, regional action plan), which a new name may rename. */
  documents: DocumentLink[];
}

/** What the profile sidebar sends: `renameDocuments` asks that the Docs made before take a new name too. */
export interface ProfileRequest extends AllianceProfile {
  renameDocuments: boolean;
}

/** A Doc the workbook keeps one of (charter, briefing, regional action plan): `fresh` asks for a new Doc. */
export interface MakeDocumentRequest {
  fresh: boolean;
}

export type RemindersLabel = 'intro' | 'on' | 'weekday' | 'hour' | 'save' | 'saving';

export interface RemindersForm {
  labels: Labels<RemindersLabel>;
  on: boolean;
  /** A ScriptApp.WeekDay name, e.g. MONDAY. */
  weekday: string;
  hour: number;
  weekdays: ListChoice[];
}

export interface RemindersRequest {
  on: boolean;
  weekday: string;
  hour: number;
}

export type PersonalDataLabel =
  | 'intro'
  | 'person'
  | 'find'
  | 'finding'
  | 'export'
  | 'exporting'
  | 'erase'
  | 'erasing'
  | 'confirmErase';

export interface PersonalDataForm {
  labels: Labels<PersonalDataLabel>;
}

/** What a search found, in the user's language, for the sidebar to show as text. */
export interface PersonalDataFound {
  /** Mentions in all. */
  total: number;
  summary: string;
  /** Each sheet or Doc that mentions the person: its name, and the line saying how many times. */
  places: { name: string; line: string }[];
  /** The Docs the workbook records that could not be searched, or ''. */
  unreadable: string;
}

export interface PersonalDataExport {
  message: string;
  document: DocumentLink;
}

/**
 * Every server function a sidebar calls, with what it takes and answers: sidebar/shared/server.ts types
 * callServer from it, and src/index.ts implements it.
 */
export interface ServerApi {
  getNewMeetingForm(): NewMeetingForm;
  createMeeting(request: NewMeetingRequest): CreatedMeeting;
  makeCharter(request?: MakeDocumentRequest): MadeDocument;
  makeBriefingDocument(request?: MakeDocumentRequest): MadeDocument;
  makeRegionalPlan(request?: MakeDocumentRequest): MadeDocument;
  getProfileForm(): ProfileForm;
  /** Saves the profile; answers what was done, in the user's language. */
  saveProfile(request: ProfileRequest): string;
  getMinutesForm(): MinutesForm;
  saveMinutes(request: MinutesRequest): GeneratedMinutes;
  /** From the agenda Doc: adds the Meetings row of the next meeting; answers what was done. */
  addNextMeeting(date: IsoDate): string;
  getAddActionForm(): AddActionForm;
  addAction(request: AddActionRequest): AddedAction;
  getShowActionsForm(): ShowActionsForm;
  /** Filters the action plan to that member's rows ('' shows every row); answers what it did. */
  showActionsOf(member: string): string;
  getRemindersForm(): RemindersForm;
  /** Turns the weekly reminders on or off; answers what is now the case, in the user's language. */
  saveReminders(request: RemindersRequest): string;
  getPersonalDataForm(): PersonalDataForm;
  /** Where a name, email or phone is held: read-only. */
  findPersonalData(person: string): PersonalDataFound;
  /** A Doc, shared with nobody, listing everything held on the person. */
  exportPersonalData(person: string): PersonalDataExport;
  /** Replaces the person's name, email and phone everywhere; answers what changed. */
  erasePersonalData(person: string): string;
}
