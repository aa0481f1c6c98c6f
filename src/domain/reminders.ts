// Weekly reminders: which owners to email about which actions, the email, the schedule, and the record of what was sent.
import type { DocumentLink, ListChoice } from './api';
import { asIsoDate, daysBetween } from './calendar';
import type { CellValue } from './cells';
import { DUE_SOON_DAYS } from './dashboard';
import { longDate } from './dates';
import { UserError } from './errors';
import { type Language, type MessageKey, t } from './i18n';
import { linkBlock, type Mail, mailOf } from './mail';
import type { MemberDetails } from './meeting';
import { reachOf } from './people';
import { listValueOf } from './schema';

/** The days ScriptApp.WeekDay names (https://developers.google.com/apps-script/reference/script/week-day). */
export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ReminderSchedule {
  on: boolean;
  weekday: Weekday;
  /** 0–23, in the script's time zone. */
  hour: number;
  /** Who turned reminders on: the trigger runs, and the emails leave, as that person. '' while off. */
  by: string;
}

export const DEFAULT_SCHEDULE: ReminderSchedule = { on: false, weekday: 'MONDAY', hour: 9, by: '' };

/** The spreadsheet-level developer metadata keys: the schedule travels with the workbook, as the settings do. */
export const SCHEDULE_METADATA_KEY = 'allianceKit.reminders';
export const SENT_METADATA_KEY = 'allianceKit.remindersSent';

export function scheduleFromJson(value: string | null): ReminderSchedule {
  try {
    const stored = JSON.parse(value ?? '{}') as Partial<ReminderSchedule>;
    return {
      on: stored.on === true,
      weekday: WEEKDAYS.includes(stored.weekday as Weekday)
        ? (stored.weekday as Weekday)
        : DEFAULT_SCHEDULE.weekday,
      hour:
        Number.isInteger(stored.hour) && Number(stored.hour) >= 0 && Number(stored.hour) <= 23
          ? Number(stored.hour)
          : 9,
      by: typeof stored.by === 'string' ? stored.by : '',
    };
  } catch {
    return DEFAULT_SCHEDULE;
  }
}

/** The Reminders form as sent: anything can call a server function, so each field is checked. */
export function checkScheduleRequest(input: unknown): Omit<ReminderSchedule, 'by'> {
  const form = (input ?? {}) as Record<string, unknown>;
  if (typeof form.on !== 'boolean') throw new UserError('reminders.error.badRequest');
  if (!WEEKDAYS.includes(form.weekday as Weekday))
    throw new UserError('reminders.error.badRequest', {}, 'weekday');
  // A number, as the sidebar sends it: null or "9" is not an hour (Number would read them as 0 and 9).
  const hour = form.hour;
  if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23)
    throw new UserError('reminders.error.badRequest', {}, 'hour');
  return { on: form.on, weekday: form.weekday as Weekday, hour };
}

/** The weekdays as the sidebar offers them, Monday first, in the user's language. */
export function weekdayChoices(language: Language): ListChoice[] {
  const names = t(language, 'reminders.weekdays').split(',');
  return WEEKDAYS.map((value, index) => ({ value, label: names[index] }));
}

/** An action-plan row as reminders read it. */
export interface ActionToRemind {
  action: CellValue;
  owner: CellValue;
  due: CellValue;
  status: CellValue;
}

export interface ReminderLine {
  action: string;
  due: string;
  /** Positive when late, 0 on the due day, negative while still ahead. */
  daysLate: number;
}

export interface Reminder {
  owner: string;
  email: string;
  actions: ReminderLine[];
}

/** Who was reminded on which day: only today's list matters, as a run never reminds anyone twice in a day. */
export interface SentLog {
  on: string;
  to: string[];
}

export function sentLogFromJson(value: string | null): SentLog {
  try {
    const stored = JSON.parse(value ?? '{}') as Partial<SentLog>;
    return {
      on: typeof stored.on === 'string' ? stored.on : '',
      to: Array.isArray(stored.to) ? stored.to.map(String) : [],
    };
  } catch {
    return { on: '', to: [] };
  }
}

/**
 * The reminders of one run: each owner with actions not done that are overdue or due within 14 days, once, unless
 * they were reminded today already; owners with nothing due get nothing. Owners without an email, or whose consent to
 * be emailed Members does not record, are answered apart, as they cannot be reminded.
 */
export function remindersDue(
  actions: readonly ActionToRemind[],
  members: readonly MemberDetails[],
  today: string,
  sent: SentLog,
): { reminders: Reminder[]; unreachable: string[]; noConsent: string[] } {
  const { reachable, noConsent } = reachOf(members, true);
  const withoutConsent = new Set(noConsent.map((name) => name.trim().toLowerCase()));
  const emailOf = new Map(reachable.map((member) => [member.name.trim().toLowerCase(), member]));
  const remindedToday = new Set(sent.on === today ? sent.to.map((email) => email.toLowerCase()) : []);
  const byOwner = new Map<string, Reminder>();
  const unreachable = new Set<string>();
  for (const row of actions) {
    const owner = String(row.owner).trim();
    const due = asIsoDate(row.due);
    if (owner === '' || !due || listValueOf('actionStatus', row.status) === 'done') continue;
    const daysLate = daysBetween(due, today);
    if (daysLate < -DUE_SOON_DAYS) continue;
    const member = emailOf.get(owner.toLowerCase());
    if (!member && withoutConsent.has(owner.toLowerCase())) continue;
    if (!member) {
      unreachable.add(owner);
      continue;
    }
    if (remindedToday.has(member.email.toLowerCase())) continue;
    const reminder = byOwner.get(member.email.toLowerCase()) ?? {
      owner: member.name,
      email: member.email,
      actions: [],
    };
    reminder.actions.push({ action: String(row.action).trim(), due, daysLate });
    byOwner.set(member.email.toLowerCase(), reminder);
  }
  const reminders = [...byOwner.values()];
  for (const reminder of reminders) reminder.actions.sort((a, b) => b.daysLate - a.daysLate);
  const owners = new Set(actions.map((row) => String(row.owner).trim().toLowerCase()));
  return {
    reminders,
    unreachable: [...unreachable],
    noConsent: noConsent.filter((name) => owners.has(name.trim().toLowerCase())),
  };
}

/** Today's log once these reminders are sent. */
export function sentAfter(sent: SentLog, today: string, reminders: readonly Reminder[]): SentLog {
  const earlier = sent.on === today ? sent.to : [];
  return {
    on: today,
    to: [...new Set([...earlier, ...reminders.map((reminder) => reminder.email.toLowerCase())])],
  };
}

function lateness(line: ReminderLine, language: Language): string {
  const key: MessageKey =
    line.daysLate > 0
      ? 'reminders.mail.late'
      : line.daysLate === 0
        ? 'reminders.mail.today'
        : 'reminders.mail.ahead';
  return t(language, key, { days: Math.abs(line.daysLate) });
}

/** One owner's reminder: their actions, each with its due date and how late it is, and the Action plan linked. */
export function reminderEmail(
  reminder: Reminder,
  actionPlan: DocumentLink,
  alliance: string,
  language: Language,
): Mail {
  return mailOf([reminder.email], t(language, 'reminders.mail.subject', { alliance }), [
    { kind: 'paragraph', text: t(language, 'reminders.mail.greeting', { name: reminder.owner }) },
    { kind: 'paragraph', text: t(language, 'reminders.mail.intro', { count: reminder.actions.length }) },
    {
      kind: 'table',
      header: [
        t(language, 'minutes.actionColumn'),
        t(language, 'minutes.dueColumn'),
        t(language, 'reminders.mail.lateColumn'),
      ],
      rows: reminder.actions.map((line) => [
        line.action,
        longDate(line.due, language),
        lateness(line, language),
      ]),
    },
    linkBlock(t(language, 'reminders.mail.actionPlan'), actionPlan),
    { kind: 'paragraph', text: t(language, 'reminders.mail.update') },
  ]);
}
