// The dashboard's health rules: is the alliance balanced, meeting, delivering? Computed from the sheets' rows as read.
import { addDays, addMonths, asIsoDate, daysBetween } from './calendar';
import type { CellValue } from './cells';
import { isEmailAddress } from './people';
import { LISTS, type ListKey, type ListValue, listValueOf } from './schema';

/** A row as a table hands it over: its 1-based row number and its values by column key. */
export interface SheetRow {
  row: number;
  values: Partial<Record<string, CellValue>>;
}

/** The Guide, ÉTAPE 1: "ideally about 8 – 12 representatives". */
export const MEMBERS_TARGET = { min: 8, max: 12 } as const;
/** The Guide, ÉTAPE 2: "a series of 4 – 5 plenary meetings over a period of 12 to 18 months". */
export const MEETINGS_TARGET = { min: 4, max: 5, months: 18 } as const;
/**
 * The Guide, ÉTAPE 6: the sustainability plan is analysed "at least six months before the work plan ends". Six months
 * are counted as 180 days, so the alarm falls on the same weekday whatever the months in between.
 */
export const SUSTAINABILITY_LEAD_DAYS = 180;
/** Actions due within this many days stand out (amber) in the action plan and count as due soon here. */
export const DUE_SOON_DAYS = 14;
export const GUIDE_STEPS = 6;

export type Sector = Exclude<ListValue<'sector'>, 'other'>;
/** The sectors the Guide names in ÉTAPE 1, in its order: the list without "other". */
export const SEED_SECTORS = LISTS.sector.filter((sector): sector is Sector => sector !== 'other');

export type ActionStatus = ListValue<'actionStatus'>;
export const ACTION_STATUSES = LISTS.actionStatus;

/** The roles the Guide asks an alliance to give: a chair and a secretary (ÉTAPE 2), a communications officer (ÉTAPE 5). */
export type NamedRole = Exclude<ListValue<'role'>, 'member'>;
export const NAMED_ROLES = LISTS.role.filter((role): role is NamedRole => role !== 'member');

export type Level = ListValue<'level'>;
export const LEVELS = LISTS.level;

export type DashboardSheetKey = 'members' | 'stakeholders' | 'actionPlan' | 'meetings' | 'guide';

export type Problem = 'notADate' | 'notAMember' | 'notANumber' | 'negative' | 'notInList' | 'dueBeforeStart';

/** A cell the dashboard could not read, so a person can find and mend it. */
export interface Unreadable {
  sheet: DashboardSheetKey;
  row: number;
  column: string;
  value: string;
  problem: Problem;
}

export type Health = 'good' | 'warning' | 'alarm' | 'unknown';

export interface OverdueAction {
  row: number;
  action: string;
  owner: string;
  due: string;
  daysLate: number;
}

export interface NextMeeting {
  date: string;
  place: string;
  host: string;
}

export interface StakeholderCell {
  influence: Level;
  interest: Level;
  names: string[];
}

export interface DashboardReport {
  today: string;
  members: { count: number; health: Health };
  sectors: { membersBySector: Record<Sector, number>; missing: Sector[]; health: Health };
  meetings: { held: number; since: string; next: NextMeeting | null; health: Health };
  actions: {
    total: number;
    byStatus: Record<ActionStatus, number>;
    withoutStatus: number;
    overdue: OverdueAction[];
    dueSoon: number;
    budget: number;
    health: Health;
  };
  charter: { signed: number; members: number; health: Health };
  /** The Guide's roles no member holds yet, in the Guide's order. */
  roles: { missing: NamedRole[]; health: Health };
  /** Members without an email address: reminders and invitations cannot reach them. */
  cannotBeReminded: string[];
  /** Members and stakeholders' contact persons with no "consent recorded on" date: no email is sent to them. */
  withoutConsent: string[];
  sustainability: {
    workPlanEnd: string | null;
    reviewBy: string | null;
    daysLeft: number | null;
    health: Health;
  };
  guide: { steps: { step: number; done: number; total: number }[]; stepsDone: number; health: Health };
  /** The stakeholders placed on the influence × interest grid, one entry per occupied cell. */
  stakeholderMap: StakeholderCell[];
  unreadable: Unreadable[];
}

export interface DashboardInput {
  today: string;
  workPlanEnd: string | null;
  members: readonly SheetRow[];
  stakeholders: readonly SheetRow[];
  actions: readonly SheetRow[];
  meetings: readonly SheetRow[];
  guide: readonly SheetRow[];
}

function text(value: CellValue | undefined): string {
  return value === undefined ? '' : String(value).trim();
}

function isEmptyRow(row: SheetRow): boolean {
  return Object.values(row.values).every((value) => text(value) === '');
}

/** Reads the cells of one sheet and notes what it cannot read, so each rule below stays about the alliance. */
class SheetReader {
  constructor(
    private readonly sheet: DashboardSheetKey,
    private readonly unreadable: Unreadable[],
  ) {}

  /** The rows a person filled: empty rows in the middle of a sheet are skipped, not reported. */
  rows(rows: readonly SheetRow[]): SheetRow[] {
    return rows.filter((row) => !isEmptyRow(row));
  }

  problem(row: SheetRow, column: string, problem: Problem): void {
    this.unreadable.push({
      sheet: this.sheet,
      row: row.row,
      column,
      value: text(row.values[column]),
      problem,
    });
  }

  /** The date in a cell, null when empty; a date typed as text is reported and read as empty. */
  date(row: SheetRow, column: string): string | null {
    const value = text(row.values[column]);
    if (value === '') return null;
    const date = asIsoDate(value);
    if (!date) this.problem(row, column, 'notADate');
    return date;
  }

  /** A list cell's value, read from its label in any of the four languages. */
  list<L extends ListKey>(row: SheetRow, column: string, list: L): ListValue<L> | null {
    const value = text(row.values[column]);
    if (value === '') return null;
    const key = listValueOf(list, value);
    if (key === null) this.problem(row, column, 'notInList');
    return key;
  }

  /** A number not below zero; "about 500" is reported and counts as nothing. */
  amount(row: SheetRow, column: string): number {
    const value = row.values[column];
    if (value === undefined || text(value) === '') return 0;
    const number =
      typeof value === 'number'
        ? value
        : /^-?\d+(?:[.,]\d+)?$/.test(text(value))
          ? Number(text(value).replace(',', '.'))
          : Number.NaN;
    if (Number.isNaN(number)) {
      this.problem(row, column, 'notANumber');
      return 0;
    }
    if (number < 0) {
      this.problem(row, column, 'negative');
      return 0;
    }
    return number;
  }
}

function between(count: number, target: { min: number; max: number }): Health {
  return count >= target.min && count <= target.max ? 'good' : 'warning';
}

function readMembers(input: DashboardInput, unreadable: Unreadable[]) {
  const reader = new SheetReader('members', unreadable);
  const members = reader.rows(input.members).filter((row) => text(row.values.name) !== '');
  const membersBySector = Object.fromEntries(SEED_SECTORS.map((sector) => [sector, 0])) as Record<
    Sector,
    number
  >;
  let signed = 0;
  const given = new Set<ListValue<'role'>>();
  for (const row of members) {
    const sector = reader.list(row, 'sector', 'sector');
    if (sector && sector !== 'other') membersBySector[sector] += 1;
    const role = reader.list(row, 'role', 'role');
    if (role) given.add(role);
    // A signature recorded as "yes" rather than a date still counts; the cell is listed so it can be dated.
    if (text(row.values.charterSignedOn) !== '') {
      reader.date(row, 'charterSignedOn');
      signed += 1;
    }
  }
  const missing = SEED_SECTORS.filter((sector) => membersBySector[sector] === 0);
  const missingRoles = NAMED_ROLES.filter((role) => !given.has(role));
  return {
    names: new Set(members.map((row) => text(row.values.name).toLowerCase())),
    cannotBeReminded: members
      .filter((row) => !isEmailAddress(text(row.values.email)))
      .map((row) => text(row.values.name)),
    withoutConsent: members
      .filter((row) => text(row.values.consentRecordedOn) === '')
      .map((row) => text(row.values.name)),
    members: { count: members.length, health: between(members.length, MEMBERS_TARGET) },
    sectors: { membersBySector, missing, health: missing.length === 0 ? 'good' : 'warning' } as const,
    charter: {
      signed,
      members: members.length,
      health: members.length > 0 && signed === members.length ? 'good' : 'warning',
    } as const,
    roles: { missing: missingRoles, health: missingRoles.length === 0 ? 'good' : 'warning' } as const,
  };
}

function readMeetings(input: DashboardInput, unreadable: Unreadable[]): DashboardReport['meetings'] {
  const reader = new SheetReader('meetings', unreadable);
  const since = addMonths(input.today, -MEETINGS_TARGET.months);
  let held = 0;
  let next: NextMeeting | null = null;
  for (const row of reader.rows(input.meetings)) {
    const date = reader.date(row, 'date');
    const status = reader.list(row, 'status', 'meetingStatus');
    if (!date || status === 'cancelled') continue;
    // Status and date together: minutes written or a held status mean it took place, whatever its date says, and a
    // meeting still planned whose day has passed took place too, its minutes still to come. So every meeting not
    // cancelled is either held or ahead, and none drops out of both.
    const wasHeld =
      status === 'held' ||
      status === 'minutesApproved' ||
      text(row.values.minutesLink) !== '' ||
      date < input.today;
    if (wasHeld && date >= since) held += 1;
    if (!wasHeld && (!next || date < next.date)) {
      next = { date, place: text(row.values.place), host: text(row.values.host) };
    }
  }
  // The guide asks for "a series of 4 – 5 plenary meetings over a period of 12 to 18 months": at least four within
  // the 18 months is the series; a fifth or sixth is more of what it asks, not a fault.
  return { held, since, next, health: held >= MEETINGS_TARGET.min ? 'good' : 'warning' };
}

function readActions(
  input: DashboardInput,
  memberNames: Set<string>,
  unreadable: Unreadable[],
): DashboardReport['actions'] {
  const reader = new SheetReader('actionPlan', unreadable);
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as Record<
    ActionStatus,
    number
  >;
  const overdue: OverdueAction[] = [];
  let total = 0;
  let withoutStatus = 0;
  let dueSoon = 0;
  let budget = 0;
  for (const row of reader.rows(input.actions)) {
    total += 1;
    const status = reader.list(row, 'status', 'actionStatus');
    if (status) byStatus[status] += 1;
    else withoutStatus += 1;
    const owner = text(row.values.owner);
    if (owner !== '' && !memberNames.has(owner.toLowerCase())) reader.problem(row, 'owner', 'notAMember');
    const start = reader.date(row, 'start');
    const due = reader.date(row, 'due');
    if (start && due && due < start) reader.problem(row, 'due', 'dueBeforeStart');
    budget += reader.amount(row, 'budget');
    if (!due || status === 'done') continue;
    const daysLeft = daysBetween(input.today, due);
    if (daysLeft < 0) {
      overdue.push({ row: row.row, action: text(row.values.action), owner, due, daysLate: -daysLeft });
    } else if (daysLeft <= DUE_SOON_DAYS) {
      dueSoon += 1;
    }
  }
  overdue.sort((a, b) => b.daysLate - a.daysLate || a.row - b.row);
  return {
    total,
    byStatus,
    withoutStatus,
    overdue,
    dueSoon,
    budget,
    health: overdue.length > 0 ? 'alarm' : 'good',
  };
}

function readSustainability(input: DashboardInput): DashboardReport['sustainability'] {
  const workPlanEnd = asIsoDate(input.workPlanEnd ?? '');
  if (!workPlanEnd) return { workPlanEnd: null, reviewBy: null, daysLeft: null, health: 'unknown' };
  const reviewBy = addDays(workPlanEnd, -SUSTAINABILITY_LEAD_DAYS);
  const daysLeft = daysBetween(input.today, reviewBy);
  return { workPlanEnd, reviewBy, daysLeft, health: daysLeft <= 0 ? 'alarm' : 'good' };
}

/** The step a Guide row belongs to: 3, "3", "Step 3 – Analyse" and "ÉTAPE 3" all say step 3. */
function stepOf(value: CellValue | undefined): number | null {
  const match = /\d+/.exec(text(value));
  const step = match ? Number(match[0]) : Number.NaN;
  return step >= 1 && step <= GUIDE_STEPS ? step : null;
}

function readGuide(input: DashboardInput, unreadable: Unreadable[]): DashboardReport['guide'] {
  const reader = new SheetReader('guide', unreadable);
  const steps = Array.from({ length: GUIDE_STEPS }, (_, index) => ({ step: index + 1, done: 0, total: 0 }));
  for (const row of reader.rows(input.guide)) {
    const step = stepOf(row.values.step);
    if (step === null) continue;
    steps[step - 1].total += 1;
    if (reader.list(row, 'status', 'guideStatus') === 'done') steps[step - 1].done += 1;
  }
  const stepsDone = steps.filter((step) => step.total > 0 && step.done === step.total).length;
  return { steps, stepsDone, health: stepsDone === GUIDE_STEPS ? 'good' : 'unknown' };
}

function readStakeholders(input: DashboardInput, unreadable: Unreadable[]): StakeholderCell[] {
  const reader = new SheetReader('stakeholders', unreadable);
  const cells = new Map<string, StakeholderCell>();
  for (const row of reader.rows(input.stakeholders)) {
    const influence = reader.list(row, 'influence', 'level');
    const interest = reader.list(row, 'interest', 'level');
    if (!influence || !interest) continue;
    const key = `${influence}/${interest}`;
    const cell = cells.get(key) ?? { influence, interest, names: [] };
    cell.names.push(text(row.values.stakeholder));
    cells.set(key, cell);
  }
  const order = (level: Level) => LEVELS.indexOf(level);
  return [...cells.values()].sort(
    (a, b) => order(b.influence) - order(a.influence) || order(b.interest) - order(a.interest),
  );
}

/** A stakeholder's contact person is a person too; a stakeholder without one is an organisation, no one to ask. */
function contactsWithoutConsent(input: DashboardInput): string[] {
  return input.stakeholders
    .filter((row) => text(row.values.contactPerson) !== '' && text(row.values.consentRecordedOn) === '')
    .map((row) => text(row.values.contactPerson));
}

export function dashboardReport(input: DashboardInput): DashboardReport {
  const unreadable: Unreadable[] = [];
  const members = readMembers(input, unreadable);
  return {
    today: input.today,
    members: members.members,
    sectors: members.sectors,
    meetings: readMeetings(input, unreadable),
    actions: readActions(input, members.names, unreadable),
    charter: members.charter,
    roles: members.roles,
    cannotBeReminded: members.cannotBeReminded,
    withoutConsent: [...members.withoutConsent, ...contactsWithoutConsent(input)],
    sustainability: readSustainability(input),
    guide: readGuide(input, unreadable),
    stakeholderMap: readStakeholders(input, unreadable),
    unreadable,
  };
}
