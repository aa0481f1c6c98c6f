// ScriptApp for the emulator: time-driven triggers under the editor add-on rules, and the clock that fires them.
import { enumOf, scriptError } from '../core';
import { SCOPE } from '../scopes';
import type { ServiceRegistration, ServiceState } from '../service';
import { zoneOffsetMinutes } from '../time-zones';
import type { Workspace } from '../workspace';

/** https://developers.google.com/apps-script/reference/script/auth-mode */
export const AuthMode = enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
/** https://developers.google.com/apps-script/reference/base/weekday */
export const WeekDay = enumOf(['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY']);
/** https://developers.google.com/apps-script/reference/script/event-type */
export const EventType = enumOf([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);
/** https://developers.google.com/apps-script/reference/script/trigger-source */
export const TriggerSource = enumOf(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);

type WeekDayName = keyof typeof WeekDay;

/** When a clock trigger fires: every n hours, days or weeks (at an hour, on a weekday), or once. */
export interface Schedule {
  every: 'hours' | 'days' | 'weeks' | 'once';
  n: number;
  weekDay: WeekDayName | null;
  hour: number | null;
  minute: number;
  timeZone: string;
}

export interface TriggerData {
  id: string;
  handler: string;
  /** The email of the person who made it, as whom it runs. */
  user: string;
  /** The document or spreadsheet it was made in: an add-on's triggers belong to one. */
  fileId: string | null;
  kind: 'CLOCK';
  schedule: Schedule;
  /** The next instant it fires (ISO), or null for a one-off trigger that has fired. */
  next: string | null;
}

export interface TriggerState {
  triggers: TriggerData[];
  nextId: number;
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** The wall clock in a time zone at an instant, read through UTC getters. */
function wallClock(instant: number, timeZone: string): Date {
  return new Date(instant + zoneOffsetMinutes(instant, timeZone) * 60000);
}

/** The instant a wall-clock time in a time zone names (the offset read twice, for the days clocks change). */
function instantOf(wall: number, timeZone: string): number {
  const first = wall - zoneOffsetMinutes(wall, timeZone) * 60000;
  return wall - zoneOffsetMinutes(first, timeZone) * 60000;
}

/**
 * The first time after `after` that the schedule names. Google picks a moment within the hour asked for and keeps it
 * (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers); the emulator fires on
 * the minute asked for (nearMinute, else :00), so a test knows when.
 */
function firstAfter(schedule: Schedule, after: number): number {
  const { every, n, weekDay, timeZone } = schedule;
  if (every === 'hours') return after + n * HOUR_MS;
  const wall = wallClock(after, timeZone);
  const hour = schedule.hour ?? wall.getUTCHours();
  const day = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
  for (let k = 0; k <= 8; k++) {
    const candidate = day + k * DAY_MS;
    if (weekDay !== null && WeekDay[weekDay].ordinal() !== new Date(candidate).getUTCDay()) continue;
    const at = instantOf(candidate + hour * HOUR_MS + schedule.minute * 60000, timeZone);
    if (at > after) return at;
  }
  throw new Error('No time found for the schedule');
}

/** After a firing at `fired`: the same wall-clock time n days or weeks on, or n hours on. */
function following(schedule: Schedule, fired: number): number | null {
  if (schedule.every === 'once') return null;
  if (schedule.every === 'hours') return fired + schedule.n * HOUR_MS;
  const days = schedule.every === 'weeks' ? 7 * schedule.n : schedule.n;
  const wall = wallClock(fired, schedule.timeZone).getTime();
  return instantOf(wall + days * DAY_MS, schedule.timeZone);
}

/** How the workbench names a schedule: "weekly on MONDAY at 09:00 (Europe/Paris)". */
export function describeSchedule(schedule: Schedule): string {
  const at =
    schedule.hour === null
      ? ''
      : ` at ${String(schedule.hour).padStart(2, '0')}:${String(schedule.minute).padStart(2, '0')}`;
  const zone = ` (${schedule.timeZone})`;
  if (schedule.every === 'hours') return `every ${schedule.n} hour${schedule.n === 1 ? '' : 's'}${zone}`;
  if (schedule.every === 'once') return `once${zone}`;
  if (schedule.every === 'weeks') {
    const each = schedule.n === 1 ? 'weekly' : `every ${schedule.n} weeks`;
    return `${each} on ${schedule.weekDay ?? 'the same day'}${at}${zone}`;
  }
  return `${schedule.n === 1 ? 'daily' : `every ${schedule.n} days`}${at}${zone}`;
}

/**
 * Editor add-on rules (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions): one
 * trigger of each kind per user per document, and none more often than once an hour. Google's reference gives no
 * wording for either refusal; both are the ones add-ons report: the first in
 * https://github.com/ljay79/jira-tools/issues/53, the second in https://github.com/ttsukagoshi/mail-merge-for-gmail/issues/165.
 */
const TOO_MANY_TRIGGERS =
  'This add-on has created too many time-based triggers in this document for this Google user account.';
const TOO_FREQUENT = 'The recurrence interval for an Add-on trigger must be at least one hour.';

/** https://developers.google.com/apps-script/reference/script/trigger */
export class Trigger {
  constructor(
    private readonly ws: Workspace,
    readonly data: TriggerData,
  ) {}

  private hit(method: string): void {
    this.ws.calls.hit('script', `Trigger.${method}`);
  }

  getHandlerFunction(): string {
    this.hit('getHandlerFunction');
    return this.data.handler;
  }

  getUniqueId(): string {
    this.hit('getUniqueId');
    return this.data.id;
  }

  getEventType() {
    this.hit('getEventType');
    return EventType.CLOCK;
  }

  getTriggerSource() {
    this.hit('getTriggerSource');
    return TriggerSource.CLOCK;
  }

  /** A time-driven trigger has no source id (trigger#getTriggerSourceId()). */
  getTriggerSourceId(): string | null {
    this.hit('getTriggerSourceId');
    return null;
  }
}

/** https://developers.google.com/apps-script/reference/script/clock-trigger-builder */
class ClockTriggerBuilder {
  private every: Schedule['every'] | null = null;
  private n = 1;
  private weekDay: WeekDayName | null = null;
  private hour: number | null = null;
  private minute = 0;
  private timeZone: string;
  private once: number | null = null;

  constructor(
    private readonly ws: Workspace,
    private readonly handler: string,
  ) {
    this.timeZone = ws.timeZone;
  }

  private chain(method: string): this {
    this.ws.calls.hit('script', `ClockTriggerBuilder.${method}`);
    return this;
  }

  private whole(value: unknown, name: string, allowed?: number[]): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || (allowed && !allowed.includes(value)))
      throw scriptError(`Invalid argument: ${name}`);
    return value;
  }

  /** 1, 5, 10, 15 or 30 (clock-trigger-builder#everyMinutes(Integer)); an add-on may use none of them. */
  everyMinutes(n: number): this {
    this.whole(n, 'n', [1, 5, 10, 15, 30]);
    throw scriptError(TOO_FREQUENT);
  }

  /** 1, 2, 4, 6, 8 or 12 (clock-trigger-builder#everyHours(Integer)). */
  everyHours(n: number): this {
    this.n = this.whole(n, 'n', [1, 2, 4, 6, 8, 12]);
    this.every = 'hours';
    return this.chain('everyHours');
  }

  everyDays(n: number): this {
    this.n = this.whole(n, 'n');
    this.every = 'days';
    return this.chain('everyDays');
  }

  everyWeeks(n: number): this {
    this.n = this.whole(n, 'n');
    this.every = 'weeks';
    return this.chain('everyWeeks');
  }

  /** A weekly trigger on that day (clock-trigger-builder#onWeekDay(Weekday)). */
  onWeekDay(day: unknown): this {
    const name = String(day) as WeekDayName;
    if (!(name in WeekDay)) throw scriptError('Invalid argument: day');
    this.weekDay = name;
    this.every ??= 'weeks';
    return this.chain('onWeekDay');
  }

  /** 0 to 23, in the trigger's time zone (clock-trigger-builder#atHour(Integer)). */
  atHour(hour: number): this {
    this.hour = this.whole(hour, 'hour', [...Array(24).keys()]);
    return this.chain('atHour');
  }

  nearMinute(minute: number): this {
    this.minute = this.whole(minute, 'minute', [...Array(60).keys()]);
    return this.chain('nearMinute');
  }

  /** The schedule's time zone, the script's by default (clock-trigger-builder#inTimezone(String)). */
  inTimezone(timezone: string): this {
    try {
      zoneOffsetMinutes(0, String(timezone));
    } catch {
      throw scriptError('Invalid argument: timezone');
    }
    this.timeZone = String(timezone);
    return this.chain('inTimezone');
  }

  /** Once, that many milliseconds from now (clock-trigger-builder#after(Integer)). */
  after(durationMilliseconds: number): this {
    this.once = this.ws.now().getTime() + this.whole(durationMilliseconds, 'durationMilliseconds');
    this.every = 'once';
    return this.chain('after');
  }

  /** Once, at that instant (clock-trigger-builder#at(Date)). */
  at(date: Date): this {
    if (Object.prototype.toString.call(date) !== '[object Date]') throw scriptError('Invalid argument: date');
    this.once = date.getTime();
    this.every = 'once';
    return this.chain('at');
  }

  create(): Trigger {
    this.ws.calls.hit('script', 'ClockTriggerBuilder.create');
    if (this.every === null) throw scriptError('Invalid argument: the trigger has no time-based schedule');
    if (this.hour !== null && this.every === 'hours')
      throw scriptError('Invalid argument: atHour needs a daily or weekly trigger');
    const fileId = this.ws.active?.fileId ?? null;
    const ws = this.ws;
    if (ws.triggers.triggers.some((t) => t.user === ws.email && t.fileId === fileId && t.kind === 'CLOCK'))
      throw scriptError(TOO_MANY_TRIGGERS);
    const schedule: Schedule = {
      every: this.every,
      n: this.n,
      weekDay: this.every === 'weeks' ? (this.weekDay ?? null) : null,
      hour: this.hour,
      minute: this.minute,
      timeZone: this.timeZone,
    };
    const now = ws.now().getTime();
    const next = this.every === 'once' ? (this.once ?? now) : firstAfter(schedule, now);
    const data: TriggerData = {
      id: String(ws.triggers.nextId++),
      handler: this.handler,
      user: ws.email,
      fileId,
      kind: 'CLOCK',
      schedule,
      next: new Date(next).toISOString(),
    };
    ws.triggers.triggers.push(data);
    return new Trigger(ws, data);
  }
}

/** https://developers.google.com/apps-script/reference/script/trigger-builder */
class TriggerBuilder {
  constructor(
    private readonly ws: Workspace,
    private readonly handler: string,
  ) {}

  timeBased(): ClockTriggerBuilder {
    this.ws.calls.hit('script', 'TriggerBuilder.timeBased');
    return new ClockTriggerBuilder(this.ws, this.handler);
  }
}

const fileIdOf = (ws: Workspace, file: unknown): string => {
  const getId = (file as { getId?: () => unknown } | null)?.getId;
  if (typeof getId !== 'function') throw scriptError('Invalid argument: document');
  return String(ws.calls.uncounted(() => getId.call(file)));
};

/** https://developers.google.com/apps-script/reference/script/script-app */
export function createScriptApp(ws: Workspace) {
  const mine = () => ws.triggers.triggers.filter((trigger) => trigger.user === ws.email);
  return {
    AuthMode,
    EventType,
    TriggerSource,
    WeekDay,
    /** https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String) */
    newTrigger(functionName: string): TriggerBuilder {
      ws.calls.hit('script', 'ScriptApp.newTrigger');
      if (typeof functionName !== 'string' || functionName === '')
        throw scriptError('Invalid argument: functionName');
      return new TriggerBuilder(ws, functionName);
    },
    /** The current user's triggers in this project; another person's cannot be seen (script-app#getProjectTriggers()). */
    getProjectTriggers(): Trigger[] {
      ws.calls.hit('script', 'ScriptApp.getProjectTriggers');
      return mine().map((data) => new Trigger(ws, data));
    },
    /** The current user's triggers in that file, for this add-on (script-app#getUserTriggers(Spreadsheet)). */
    getUserTriggers(file: unknown): Trigger[] {
      ws.calls.hit('script', 'ScriptApp.getUserTriggers');
      const fileId = fileIdOf(ws, file);
      return mine()
        .filter((trigger) => trigger.fileId === fileId)
        .map((data) => new Trigger(ws, data));
    },
    /** Only the user's own triggers can be deleted (script-app#deleteTrigger(Trigger)). */
    deleteTrigger(trigger: unknown): void {
      ws.calls.hit('script', 'ScriptApp.deleteTrigger');
      if (!(trigger instanceof Trigger)) throw scriptError('Invalid argument: trigger');
      if (trigger.data.user !== ws.email) throw scriptError('Invalid argument: trigger');
      ws.triggers.triggers = ws.triggers.triggers.filter((data) => data.id !== trigger.data.id);
    },
  };
}

/**
 * The event object of a time-driven trigger (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events).
 */
export function clockEvent(trigger: TriggerData, instant: number): Record<string, unknown> {
  const wall = new Date(instant);
  const start = Date.UTC(wall.getUTCFullYear(), 0, 1);
  return {
    authMode: AuthMode.FULL,
    triggerUid: trigger.id,
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    'day-of-month': wall.getUTCDate(),
    'day-of-week': wall.getUTCDay() === 0 ? 7 : wall.getUTCDay(),
    'week-of-year': Math.ceil(((instant - start) / DAY_MS + new Date(start).getUTCDay() + 1) / 7),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    timezone: 'UTC',
  };
}

export interface Firing {
  handler: string;
  user: string;
  ok: boolean;
  error?: string;
}

/**
 * Moves the clock on by `ms`, firing each trigger that falls due, in time order, with the clock at the moment it
 * fires; `run` runs one (a fresh execution as its owner). A trigger made or deleted by a run counts from then on.
 */
export function advanceClock(
  ws: Workspace,
  ms: number,
  run: (trigger: TriggerData, event: Record<string, unknown>) => void,
): Firing[] {
  const target = ws.now().getTime() + ms;
  const fired: Firing[] = [];
  for (;;) {
    const due = ws.triggers.triggers
      .filter((trigger) => trigger.next !== null && Date.parse(trigger.next) <= target)
      .sort((a, b) => Date.parse(a.next as string) - Date.parse(b.next as string))[0];
    if (!due) break;
    const at = Date.parse(due.next as string);
    ws.setNow(at);
    const nextRun = following(due.schedule, at);
    due.next = nextRun === null ? null : new Date(nextRun).toISOString();
    try {
      run(due, clockEvent(due, at));
      fired.push({ handler: due.handler, user: due.user, ok: true });
    } catch (error) {
      const message = (error as { message?: unknown } | null)?.message;
      fired.push({
        handler: due.handler,
        user: due.user,
        ok: false,
        error: typeof message === 'string' ? message : String(error),
      });
    }
  }
  ws.setNow(target);
  return fired;
}

export const triggersState: ServiceState<TriggerState> = {
  key: 'triggers',
  create: () => ({ triggers: [], nextId: 1 }),
  toJSON: (state) => structuredClone(state),
  fromJSON: (json) => structuredClone(json as TriggerState),
};

export const scriptService: ServiceRegistration = {
  name: 'ScriptApp',
  reference: 'script',
  // Triggers, e.g. https://developers.google.com/apps-script/reference/script/script-app#newTrigger(String)
  scopes: { '*': [SCOPE.scriptApp] },
  globals: (ws) => ({ ScriptApp: createScriptApp(ws) }),
  state: triggersState,
};
