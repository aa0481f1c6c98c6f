// CalendarApp for the emulator: each person's default calendar, events made on it and read back, and the events a
// person of the workspace is a guest of on theirs.
import { parametersMismatch, scriptError } from '../core';
import { isEmailAddress } from '../people';
import { SCOPE } from '../scopes';
import type { ServiceRegistration, ServiceState } from '../service';
import type { Workspace } from '../workspace';

/** An event as it is kept: instants as ISO strings. */
export interface EventData {
  id: string;
  /** The email of the person whose calendar holds the event. */
  calendarOwner: string;
  title: string;
  start: string;
  end: string;
  description: string;
  location: string;
  guests: string[];
  /** Whether Google was asked to email the guests their invitations (createEvent's sendInvites). */
  sendInvites: boolean;
  /** Guests who deleted the event from their own calendar: the organizer's guest list still names them. */
  removedBy?: string[];
}

/**
 * Whether the event is on this person's default calendar: the organizer's, and every guest's. One event, kept once:
 * Calendar's setting "Add invitations to my calendar" adds an invitation to the guest's calendar, email or not, from
 * everyone or "only if the sender is in your contacts, part of your organisation or someone that you've interacted
 * with" (https://support.google.com/calendar/answer/13155911); every person of the workspace is of one organization.
 * Only people of the workspace have a calendar here.
 */
function onCalendarOf(event: EventData, email: string): boolean {
  if (event.calendarOwner === email) return true;
  return event.guests.includes(email) && !event.removedBy?.includes(email);
}

export interface CalendarState {
  events: EventData[];
  nextId: number;
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** https://developers.google.com/apps-script/reference/calendar/event-guest */
class EventGuest {
  constructor(
    private readonly ws: Workspace,
    private readonly email: string,
  ) {}

  getEmail(): string {
    this.ws.calls.hit('calendar', 'EventGuest.getEmail');
    return this.email;
  }
}

/** https://developers.google.com/apps-script/reference/calendar/calendar-event */
class CalendarEvent {
  constructor(
    private readonly ws: Workspace,
    private readonly data: EventData,
    /** Whose calendar the event was read from: the organizer's or a guest's. */
    private readonly calendar: string,
  ) {}

  private hit(method: string): void {
    this.ws.calls.hit('calendar', `CalendarEvent.${method}`);
  }

  /** The iCalUID, shared by every calendar the event is on (calendar-event#getId()). */
  getId(): string {
    this.hit('getId');
    return this.data.id;
  }

  getTitle(): string {
    this.hit('getTitle');
    return this.data.title;
  }

  getStartTime(): Date {
    this.hit('getStartTime');
    return new Date(this.data.start);
  }

  getEndTime(): Date {
    this.hit('getEndTime');
    return new Date(this.data.end);
  }

  /** An empty string when there is none (calendar-event#getDescription()). */
  getDescription(): string {
    this.hit('getDescription');
    return this.data.description;
  }

  getLocation(): string {
    this.hit('getLocation');
    return this.data.location;
  }

  /** The guests, not counting the owner (calendar-event#getGuestList()). */
  getGuestList(): EventGuest[] {
    this.hit('getGuestList');
    return this.data.guests.map((email) => new EventGuest(this.ws, email));
  }

  /** Whether the calendar it was read from is the organizer's (calendar-event#isOwnedByMe()). */
  isOwnedByMe(): boolean {
    this.hit('isOwnedByMe');
    return this.isOrganizer();
  }

  /**
   * "Deletes a Calendar event" (calendar-event#deleteEvent()): the organizer deletes it from every calendar; a guest
   * only from their own, as Calendar does when a guest removes an event (the reference page does not say; described
   * at https://everydaytech.org/productivity-office-tools/calendar-scheduling/how-to-cancel-event-on-google-calendar).
   */
  deleteEvent(): void {
    this.hit('deleteEvent');
    if (this.isOrganizer()) {
      this.ws.calendar.events = this.ws.calendar.events.filter((event) => event !== this.data);
    } else {
      this.data.removedBy = [...(this.data.removedBy ?? []), this.calendar];
    }
  }

  private isOrganizer(): boolean {
    return this.calendar === this.data.calendarOwner;
  }
}

type Options = { description?: unknown; location?: unknown; guests?: unknown; sendInvites?: unknown };

/** https://developers.google.com/apps-script/reference/calendar/calendar */
class Calendar {
  constructor(
    private readonly ws: Workspace,
    private readonly owner: string,
  ) {}

  private hit(method: string): void {
    this.ws.calls.hit('calendar', `Calendar.${method}`);
  }

  /** A person's default calendar has their email address as its id (calendar#getId()). */
  getId(): string {
    this.hit('getId');
    return this.owner;
  }

  getName(): string {
    this.hit('getName');
    return this.owner;
  }

  /**
   * createEvent(title, startTime, endTime[, options]): guests is a comma-separated list of addresses; invitations go
   * out only when sendInvites is true (https://developers.google.com/apps-script/reference/calendar/calendar#createEvent(String,Date,Date,Object)).
   */
  createEvent(...args: unknown[]): CalendarEvent {
    this.hit('createEvent');
    return new CalendarEvent(
      this.ws,
      createEvent(this.ws, this.owner, args, 'Calendar.createEvent'),
      this.owner,
    );
  }

  /** Events on this calendar, its own and those its owner is a guest of, that overlap [startTime, endTime) (calendar#getEvents(Date,Date)). */
  getEvents(startTime: Date, endTime: Date): CalendarEvent[] {
    this.hit('getEvents');
    if (!isDate(startTime) || !isDate(endTime))
      throw parametersMismatch('Calendar.getEvents', [startTime, endTime]);
    return this.ws.calendar.events
      .filter(
        (event) =>
          onCalendarOf(event, this.owner) &&
          Date.parse(event.start) < endTime.getTime() &&
          Date.parse(event.end) > startTime.getTime(),
      )
      .map((event) => new CalendarEvent(this.ws, event, this.owner));
  }

  /** null when this calendar has no such event (calendar#getEventById(String)). */
  getEventById(iCalId: string): CalendarEvent | null {
    this.hit('getEventById');
    const found = this.ws.calendar.events.find(
      (event) => onCalendarOf(event, this.owner) && event.id === iCalId,
    );
    return found ? new CalendarEvent(this.ws, found, this.owner) : null;
  }
}

function createEvent(ws: Workspace, owner: string, args: unknown[], method: string): EventData {
  const [title, start, end, options = {}] = args;
  if (
    typeof title !== 'string' ||
    !isDate(start) ||
    !isDate(end) ||
    typeof options !== 'object' ||
    options === null
  )
    throw parametersMismatch(method, args);
  // Google's words when the end comes before the start; an event of no length is allowed.
  if (end.getTime() < start.getTime()) throw scriptError('Event start date must be before event end date.');
  const { description, location, guests, sendInvites } = options as Options;
  const guestList = String(guests ?? '')
    .split(',')
    .map((guest) => guest.trim())
    .filter((guest) => guest !== '');
  for (const guest of guestList) if (!isEmailAddress(guest)) throw scriptError(`Invalid email: ${guest}`);
  const event: EventData = {
    id: `${String(ws.calendar.nextId++).padStart(6, '0')}allianceKitEmulated@google.com`,
    calendarOwner: owner,
    title,
    start: start.toISOString(),
    end: end.toISOString(),
    description: description === undefined ? '' : String(description),
    location: location === undefined ? '' : String(location),
    guests: guestList,
    sendInvites: sendInvites === true,
  };
  ws.calendar.events.push(event);
  return event;
}

/** https://developers.google.com/apps-script/reference/calendar/calendar-app */
export function createCalendarApp(ws: Workspace) {
  return {
    /** The signed-in person's own calendar (calendar-app#getDefaultCalendar()). */
    getDefaultCalendar(): Calendar {
      ws.calls.hit('calendar', 'CalendarApp.getDefaultCalendar');
      return new Calendar(ws, ws.email);
    },
    /** An event on the default calendar (calendar-app#createEvent(String,Date,Date,Object)). */
    createEvent(...args: unknown[]): CalendarEvent {
      ws.calls.hit('calendar', 'CalendarApp.createEvent');
      return new CalendarEvent(ws, createEvent(ws, ws.email, args, 'CalendarApp.createEvent'), ws.email);
    },
  };
}

export const calendarState: ServiceState<CalendarState> = {
  key: 'calendar',
  create: () => ({ events: [], nextId: 1 }),
  toJSON: (state) => structuredClone(state),
  fromJSON: (json) => structuredClone(json as CalendarState),
};

export const calendarService: ServiceRegistration = {
  name: 'CalendarApp',
  reference: 'calendar',
  scopes: {
    // Reading (e.g. https://developers.google.com/apps-script/reference/calendar/calendar#getEvents(Date,Date)).
    '*': [SCOPE.calendarReadonly, SCOPE.calendar, SCOPE.calendarFeeds],
    // Changing (calendar-app#createEvent(String,Date,Date), calendar-event#deleteEvent()).
    'CalendarApp.createEvent': [SCOPE.calendar, SCOPE.calendarFeeds],
    'Calendar.createEvent': [SCOPE.calendar, SCOPE.calendarFeeds],
    'CalendarEvent.deleteEvent': [SCOPE.calendar, SCOPE.calendarFeeds],
  },
  globals: (ws) => ({ CalendarApp: createCalendarApp(ws) }),
  state: calendarState,
};
