// Reminders…: the weekly trigger for the workbook, and each run's emails to owners of actions overdue or due soon.
import type { RemindersForm, RemindersLabel } from '../domain/api';
import { isoDateIn } from '../domain/cells';
import { type Language, type MessageKey, t } from '../domain/i18n';
import {
  checkScheduleRequest,
  reminderEmail,
  remindersDue,
  SCHEDULE_METADATA_KEY,
  SENT_METADATA_KEY,
  scheduleFromJson,
  sentAfter,
  sentLogFromJson,
  weekdayChoices,
} from '../domain/reminders';
import { withDocumentLock } from './lock';
import { memberDetails } from './meetings';
import { activeEmail, ownerOf, recipientsOf, requireEditor, requireMailQuota, sendMails } from './reach';
import { openRecord, readRecord } from './records';
import { readSettings, workbookLanguage } from './settings';
import { openTables } from './table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The top-level function the weekly trigger calls (src/index.ts). */
export const REMINDERS_HANDLER = 'sendReminders';

/**
 * A time-driven trigger runs with no open document, so the workbook it is for is kept in the user's own properties
 * under the trigger's id, which its event carries as triggerUid
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events).
 */
const TRIGGER_PREFIX = 'allianceKit.reminders.';

const LABELS: readonly RemindersLabel[] = ['intro', 'on', 'weekday', 'hour', 'save', 'saving'];

export function remindersForm(language: Language): RemindersForm {
  const schedule = scheduleFromJson(readRecord(SpreadsheetApp.getActiveSpreadsheet(), SCHEDULE_METADATA_KEY));
  return {
    labels: Object.fromEntries(
      LABELS.map((label) => [label, t(language, `reminders.${label}` satisfies MessageKey)]),
    ) as RemindersForm['labels'],
    on: schedule.on,
    weekday: schedule.weekday,
    hour: schedule.hour,
    weekdays: weekdayChoices(language),
  };
}

/** This person's reminder triggers in this workbook: at most one, as an add-on may have one of a kind per document. */
function removeMyTriggers(spreadsheet: Spreadsheet): void {
  const properties = PropertiesService.getUserProperties();
  for (const trigger of ScriptApp.getUserTriggers(spreadsheet)) {
    if (trigger.getHandlerFunction() !== REMINDERS_HANDLER) continue;
    properties.deleteProperty(`${TRIGGER_PREFIX}${trigger.getUniqueId()}`);
    ScriptApp.deleteTrigger(trigger);
  }
}

/**
 * On: one weekly trigger, as this person, who the emails then come from; the workbook records the schedule and who
 * runs it, so a trigger someone else made earlier stops itself at its next run. Off: this person's trigger goes.
 */
export function saveReminderSchedule(input: unknown, language: Language): string {
  const request = checkScheduleRequest(input);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  requireEditor(spreadsheet, 'access.viewerReminders', () => ownerOf(spreadsheet));
  return withDocumentLock(() => {
    removeMyTriggers(spreadsheet);
    if (request.on) {
      const trigger = ScriptApp.newTrigger(REMINDERS_HANDLER)
        .timeBased()
        .onWeekDay(ScriptApp.WeekDay[request.weekday])
        .atHour(request.hour)
        .create();
      PropertiesService.getUserProperties().setProperty(
        `${TRIGGER_PREFIX}${trigger.getUniqueId()}`,
        spreadsheet.getId(),
      );
    }
    openRecord(spreadsheet, SCHEDULE_METADATA_KEY).write(
      JSON.stringify({ ...request, by: request.on ? activeEmail() : '' }),
    );
    if (!request.on) return t(language, 'reminders.savedOff');
    const weekday = weekdayChoices(language).find((choice) => choice.value === request.weekday)?.label ?? '';
    return t(language, 'reminders.savedOn', { weekday, hour: request.hour });
  });
}

/** The trigger this run is of, so that a trigger the workbook no longer wants removes itself. */
function deleteTrigger(uid: string): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getUniqueId() === uid) ScriptApp.deleteTrigger(trigger);
  }
  PropertiesService.getUserProperties().deleteProperty(`${TRIGGER_PREFIX}${uid}`);
}

/**
 * One run: every owner with actions overdue or due within 14 days gets one email, in the workbook's language. Who was
 * reminded today is recorded before the emails leave, so a second run the same day sends nothing again.
 */
export function runReminders(event: { triggerUid?: unknown } | undefined): void {
  const uid = typeof event?.triggerUid === 'string' ? event.triggerUid : '';
  const workbookId = uid
    ? PropertiesService.getUserProperties().getProperty(`${TRIGGER_PREFIX}${uid}`)
    : null;
  if (!workbookId) {
    if (uid) deleteTrigger(uid);
    return;
  }
  const spreadsheet = SpreadsheetApp.openById(workbookId);
  const schedule = scheduleFromJson(readRecord(spreadsheet, SCHEDULE_METADATA_KEY));
  if (!schedule.on || schedule.by.toLowerCase() !== activeEmail().toLowerCase()) {
    deleteTrigger(uid);
    return;
  }
  withDocumentLock(() => {
    const settings = readSettings(spreadsheet);
    const language = workbookLanguage(settings);
    const today = isoDateIn(new Date(), spreadsheet.getSpreadsheetTimeZone());
    const sent = openRecord(spreadsheet, SENT_METADATA_KEY);
    const log = sentLogFromJson(sent.value);
    const { members, actionPlan } = openTables(spreadsheet, ['members', 'actionPlan']);
    const { reminders } = remindersDue(
      actionPlan.rows().map(({ values }) => ({
        action: values.action,
        owner: values.owner,
        due: values.due,
        status: values.status,
      })),
      memberDetails(members.rows()),
      today,
      log,
    );
    if (reminders.length === 0) return;
    const sheet = actionPlan.sheet;
    const link = { name: sheet.getName(), url: `${spreadsheet.getUrl()}#gid=${sheet.getSheetId()}` };
    const alliance = settings.allianceName || spreadsheet.getName();
    const mails = reminders.map((reminder) => reminderEmail(reminder, link, alliance, language));
    requireMailQuota(recipientsOf(mails));
    sent.write(JSON.stringify(sentAfter(log, today, reminders)));
    SpreadsheetApp.flush();
    sendMails(mails, { name: '', replyTo: '' });
  });
}
