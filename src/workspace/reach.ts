// Sharing, email and calendar: the adapters that take the alliance's documents to its members, and access checks.
import { dateIn } from '../domain/cells';
import { UserError } from '../domain/errors';
import type { MessageKey } from '../domain/i18n';
import { MEETING_HOURS, type MeetingEvent } from '../domain/invitation';
import type { Mail } from '../domain/mail';
import type { Sharing } from '../domain/people';

/** The person at work; needs userinfo.email (https://developers.google.com/apps-script/reference/base/session#getActiveUser()). */
export function activeEmail(): string {
  return Session.getActiveUser().getEmail();
}

interface Shareable {
  addEditors(emailAddresses: string[]): unknown;
  addViewers(emailAddresses: string[]): unknown;
  getEditors(): GoogleAppsScript.Base.User[];
}

/** Two calls whatever the number of members: addEditors and addViewers take the whole list. */
export function share(file: Shareable, sharing: Sharing): void {
  if (sharing.editors.length > 0) file.addEditors(sharing.editors);
  if (sharing.viewers.length > 0) file.addViewers(sharing.viewers);
}

/** Every address of every email counts against the day's quota. */
export const recipientsOf = (mails: readonly Mail[]) =>
  mails.reduce((total, mail) => total + mail.to.length, 0);

/**
 * Refuses before anything is written when the day's quota cannot carry that many recipients
 * (https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()).
 */
export function requireMailQuota(needed: number): void {
  if (needed === 0) return;
  const left = MailApp.getRemainingDailyQuota();
  if (left < needed) throw new UserError('mail.error.quota', { left, needed });
}

/** One send per email, from the person at work, under the name they sign with. */
export function sendMails(mails: readonly Mail[], from: { name: string; replyTo: string }): void {
  for (const mail of mails) {
    MailApp.sendEmail({
      to: mail.to.join(','),
      subject: mail.subject,
      body: mail.body,
      htmlBody: mail.htmlBody,
      ...(from.name ? { name: from.name } : {}),
      ...(from.replyTo ? { replyTo: from.replyTo } : {}),
    });
  }
}

/**
 * The event on the person's default calendar, Google sending the guests its invitations
 * (https://developers.google.com/apps-script/reference/calendar/calendar-app#createEvent(String,Date,Date,Object)).
 */
export function addMeetingEvent(event: MeetingEvent, timeZone: string): void {
  const [hours, minutes] = event.time.split(':').map(Number);
  const start = new Date(dateIn(event.date, timeZone).getTime() + (hours * 60 + minutes) * 60_000);
  const end = new Date(start.getTime() + MEETING_HOURS * 3_600_000);
  CalendarApp.createEvent(event.title, start, end, {
    description: event.description,
    location: event.location,
    guests: event.guests.join(','),
    sendInvites: true,
  });
}

/** The emails of a file's editors, its owner among them (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getEditors()). */
function editorsOf(file: Shareable): string[] {
  return file.getEditors().map((user) => user.getEmail());
}

/**
 * Refuses, before anything is written, a person who may only view the file, naming whom to ask (`owner`, or the
 * file's editors): a write would otherwise fail half-way with Google's own error.
 */
export function requireEditor(file: Shareable, key: MessageKey, owner?: () => string): void {
  const me = activeEmail().toLowerCase();
  const editors = editorsOf(file);
  if (me === '' || editors.some((email) => email.toLowerCase() === me)) return;
  throw new UserError(key, { owner: owner ? owner() : editors.join(', ') });
}

/** The spreadsheet owner's email, or '' for a file in a shared drive, which has none. */
export function ownerOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return spreadsheet.getOwner()?.getEmail() ?? '';
}

/**
 * Apps Script's refusal of a file the user may not open: "You do not have permission to access the requested
 * document." Not its refusal of a call the manifest's scopes do not allow ("You do not have permission to call …").
 */
export function isNotShared(error: unknown): boolean {
  return /permission to access the requested document/.test(
    String((error as { message?: unknown } | null)?.message),
  );
}
