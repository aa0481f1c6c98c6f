// Generate minutes, run in the agenda Doc: reads the agenda and its workbook; writes the minutes Doc, the action plan and the Meetings row.
import { agendaRangeIn, meetingIdFrom } from '../domain/agenda';
import type { Attendee, GeneratedMinutes, MinutesForm } from '../domain/api';
import { isoDateIn } from '../domain/cells';
import {
  checkContinuityRequest,
  checkEarlyMinutes,
  checkMeetingDate,
  type MeetingRecord,
  newMembers,
  previousMeeting,
  previousMinutesName,
} from '../domain/continuity';
import { longDate } from '../domain/dates';
import { askForWorkbookFrom, workbookIdFrom } from '../domain/document';
import { quoted, UserError } from '../domain/errors';
import { type Language, t } from '../domain/i18n';
import { nextMeetingNumber } from '../domain/meeting';
import {
  type ActionPlanRow,
  type AgendaLayout,
  actionPlanChanges,
  agendaItemsFrom,
  agendaItemsFromTable,
  agendaLayout,
  attendanceOf,
  attendees,
  basisOf,
  checkMinutesRequest,
  cleanedRecord,
  columnNamed,
  type ErasedSources,
  fitsPropertyStore,
  type MinutesMeeting,
  type MinutesRecord,
  meetingChanges,
  mergeMinutes,
  minutesDocument,
  minutesLabels,
  minutesTableCells,
  outdatedByErasure,
  prefilledMinutes,
  recordFrom,
  recordProperties,
  staleRecordParts,
  withActionIds,
} from '../domain/minutes';
import { minutesMails } from '../domain/minutesMail';
import { meetingDocumentSharing } from '../domain/people';
import { ERASURES_METADATA_KEY, lastErasure } from '../domain/personalData';
import { profileOf } from '../domain/profile';
import { listLabel, listValueOf, parseSheetIds, SHEETS_METADATA_KEY } from '../domain/schema';
import { reserveActionNumbers } from './actionPlan';
import { drawDashboard, openDashboard, workbookContext } from './dashboard';
import { isMissingFile, openReadable, workbookRef, writeDocumentOnce } from './documents';
import { readAfresh, withDocumentLock, withScriptLock } from './lock';
import { fetchLogo } from './logo';
import { meetingRecords, memberDetails } from './meetings';
import {
  activeEmail,
  isNotShared,
  ownerOf,
  recipientsOf,
  requireEditor,
  requireMailQuota,
  sendMails,
} from './reach';
import { openRecords } from './records';
import { workbookLanguage } from './settings';
import { openTables, type Table, type TableRecord, type TableRow } from './table';

type Document = GoogleAppsScript.Document.Document;
type DocTable = GoogleAppsScript.Document.Table;
type NamedRange = GoogleAppsScript.Document.NamedRange;
type Properties = GoogleAppsScript.Properties.Properties;

interface AgendaDoc {
  document: Document;
  workbookId: string;
  /** Whom to ask for the workbook, as New meeting recorded it; null in agendas made before it did. */
  askFor: string | null;
  meetingId: string;
  table: DocTable;
}

/** The agenda's table: the one under its named range, or, if the chair replaced it, the body's first table. */
function agendaTable(document: Document, range: NamedRange | undefined): DocTable {
  const element = range?.getRange().getRangeElements()[0]?.getElement();
  if (element && element.getType() === DocumentApp.ElementType.TABLE) return element.asTable();
  const tables = document.getBody().getTables();
  if (tables.length === 0) throw new UserError('minutes.error.noAgendaTable');
  return tables[0];
}

/** The agenda Doc the chair has open, known by the named ranges New meeting laid over it (agenda.ts's contract). */
function openAgenda(): AgendaDoc {
  const document = DocumentApp.getActiveDocument();
  const ranges = document.getNamedRanges();
  const names = ranges.map((range) => range.getName());
  const workbookId = workbookIdFrom(names);
  const meetingId = meetingIdFrom(names);
  if (!workbookId || !meetingId) throw new UserError('minutes.error.notAgenda');
  // A person who may only view the agenda is told whom to ask before anything else is read.
  requireEditor(document, 'access.agenda');
  return {
    document,
    workbookId,
    askFor: askForWorkbookFrom(names),
    meetingId,
    table: agendaTable(document, ranges[names.indexOf(agendaRangeIn(names) ?? '')]),
  };
}

/**
 * The agenda's layout and items in a few calls whatever its length: Table.getText() gives every cell on its own
 * line, which cuts back into rows as long as no cell holds a line break of its own. When one does, the header is
 * read cell by cell and then only the item column, two calls a row.
 */
function readAgenda(table: DocTable): { layout: AgendaLayout; items: string[] } {
  const rows = table.getNumRows();
  if (rows === 0) return { layout: agendaLayout([]), items: [] };
  const header = table.getRow(0);
  const width = header.getNumCells();
  const lines = table.getText().split('\n');
  if (lines.length === rows * width) {
    const cells = Array.from({ length: rows }, (_, row) => lines.slice(row * width, (row + 1) * width));
    return { layout: agendaLayout(cells[0]), items: agendaItemsFromTable(cells) };
  }
  const layout = agendaLayout(Array.from({ length: width }, (_, cell) => header.getCell(cell).getText()));
  const first = layout.hasHeader ? 1 : 0;
  const column = Array.from({ length: rows - first }, (_, index) =>
    table.getCell(first + index, layout.itemColumn).getText(),
  );
  return { layout, items: agendaItemsFrom(column) };
}

/**
 * The workbook the agenda links to. openById throws when it was deleted or is not shared with the user: the person is
 * told whom to ask, as the agenda recorded it; an older agenda without that record keeps the plain message. Any other
 * failure (a scope the manifest lacks...) is not hidden as one of these.
 */
function openWorkbook(agenda: AgendaDoc): GoogleAppsScript.Spreadsheet.Spreadsheet {
  try {
    return SpreadsheetApp.openById(agenda.workbookId);
  } catch (error) {
    if (!isMissingFile(error) && !isNotShared(error)) throw error;
    if (!agenda.askFor) throw new UserError('minutes.error.noWorkbook');
    throw new UserError('access.workbook', { owner: agenda.askFor });
  }
}

function memberChoices(rows: readonly TableRow<'members'>[]): Attendee[] {
  return attendees(memberDetails(rows).map(({ name, organisation }) => ({ name, organisation })));
}

function meetingRowOf(rows: readonly TableRow<'meetings'>[], meetingId: string): TableRow<'meetings'> {
  const row = rows.find((candidate) => String(candidate.values.meetingId).trim() === meetingId);
  if (!row) throw new UserError('minutes.error.noMeeting');
  return row;
}

function meetingOf({ values }: TableRow<'meetings'>): MinutesMeeting {
  const text = (value: unknown) => String(value).trim();
  return {
    date: text(values.date),
    time: text(values.time),
    place: text(values.place),
    host: text(values.host),
  };
}

function actionPlanRows(rows: readonly TableRow<'actionPlan'>[]): ActionPlanRow[] {
  return rows.map(({ row, values }) => ({
    row,
    number: values.number,
    actionId: String(values.actionId).trim(),
    action: String(values.action),
    owner: String(values.owner),
    due: String(values.due),
  }));
}

/**
 * The minutes Doc's id, kept on its own the moment the Doc is made: a generation that fails before it records the
 * minutes leaves a Doc that the retry fills again instead of making another.
 */
const MINUTES_DOCUMENT_KEY = 'allianceKit.minutesDocument';

/** The stored minutes live in the agenda Doc's own properties: the script runs in that Doc, and they are of it. */
function agendaProperties(): Properties {
  return PropertiesService.getDocumentProperties();
}

/**
 * Writes the record over the one kept, and deletes the parts a longer record left beyond its count: they would keep
 * what the record no longer says. Answers the store as it is now.
 */
function writeRecord(
  properties: Properties,
  kept: Readonly<Record<string, string>>,
  record: MinutesRecord,
): Record<string, string> {
  const written = recordProperties(record);
  properties.setProperties(written);
  const stale = staleRecordParts(kept, written);
  for (const key of stale) properties.deleteProperty(key);
  return { ...Object.fromEntries(Object.entries(kept).filter(([key]) => !stale.includes(key))), ...written };
}

/**
 * The minutes Doc's item table as it reads now, one row per item of the record: the table with as many rows as the
 * items and the header whose first cell names the item column. Its text read at once and cut back into cells, or, when
 * the chair edited the table so that its lines no longer add up, its item and comment cells read one by one. Null when
 * the Doc is gone or no such table is left.
 */
function minutesCells(stored: MinutesRecord): ErasedSources['cells'] {
  const tables = openReadable(stored.document.id)?.getBody().getTables() ?? [];
  for (const table of tables) {
    if (table.getNumRows() !== stored.items.length + 1) continue;
    const text = table.getText();
    if (columnNamed(text.split('\n')[0]) !== 'item') continue;
    return (
      minutesTableCells(text, stored) ??
      stored.items.map((_, index) => ({
        item: table.getCell(index + 1, 0).getText(),
        comment: table.getCell(index + 1, 1).getText(),
      }))
    );
  }
  return null;
}

/**
 * The stored record, cleaned first when the workbook recorded an erasure since it was written (see domain/minutes.ts,
 * "The record after an erasure"), and written back at once, under the Doc's lock the caller holds: from then on the
 * store holds nothing of the erased person. A record no erasure outdates costs nothing more.
 */
function erasedFromRecord(
  properties: Properties,
  kept: Readonly<Record<string, string>>,
  latest: string,
  workbook: { actionPlan: Table<'actionPlan'>; members: Table<'members'> },
): { stored: MinutesRecord | null; kept: Readonly<Record<string, string>> } {
  const stored = recordFrom(kept);
  if (!stored || !outdatedByErasure(stored, latest)) return { stored, kept };
  const members = workbook.members.rows();
  const cleaned = cleanedRecord(
    stored,
    {
      cells: minutesCells(stored),
      actionRows: actionPlanRows(workbook.actionPlan.rows()),
      attendees: new Set(memberChoices(members).map((member) => member.id)),
      addresses: new Set(memberDetails(members).map((member) => member.email.toLowerCase())),
    },
    latest,
  );
  return { stored: cleaned, kept: writeRecord(properties, kept, cleaned) };
}

/**
 * What the sidebar shows: its words in the user's language, the members, and each agenda item as the Doc shows it
 * now with what earlier minutes said of it. Every error that would stop the generation is said here already.
 */
export function minutesForm(language: Language): MinutesForm {
  const agenda = openAgenda();
  const { items } = readAgenda(agenda.table);
  if (items.length === 0) throw new UserError('minutes.error.emptyAgenda');
  const spreadsheet = openWorkbook(agenda);
  // The erasure log read with the sheets' ids: a call more only once the workbook has one.
  const metadata = openRecords(spreadsheet, [SHEETS_METADATA_KEY, ERASURES_METADATA_KEY]);
  const sheetIds = parseSheetIds(metadata[SHEETS_METADATA_KEY].value);
  const latest = lastErasure(metadata[ERASURES_METADATA_KEY].value);
  const { members, meetings } = openTables(spreadsheet, ['members', 'meetings'], { sheetIds });
  const rows = meetings.rows();
  const current = meetingRowOf(rows, agenda.meetingId);
  const records = meetingRecords(rows);
  const previous = previousMeeting(records, recordOf(records, current).number);
  const today = isoDateIn(new Date(), spreadsheet.getSpreadsheetTimeZone());
  const date = recordOf(records, current).date;
  const previousName = previous ? previousMinutesName(previous, language) : null;
  const choices = memberChoices(members.rows());
  const kept = agendaProperties().getProperties();
  // A record an erasure outdates is cleaned, under the Doc's lock, before the form shows any of it.
  const stored = outdatedByErasure(recordFrom(kept), latest)
    ? withDocumentLock(() => {
        const { actionPlan } = openTables(spreadsheet, ['actionPlan'], { sheetIds });
        const properties = agendaProperties();
        return erasedFromRecord(properties, properties.getProperties(), latest, { actionPlan, members })
          .stored;
      })
    : recordFrom(kept);
  const basis = basisOf(stored);
  return {
    labels: minutesLabels(language),
    meeting: agenda.document.getName(),
    members: choices,
    minutes: prefilledMinutes(items, basis, choices),
    basis,
    document: stored ? { name: stored.document.name, url: stored.document.url } : null,
    mailed: Boolean(stored?.mailed),
    continuity: {
      labels: {
        approve: t(language, 'continuity.approve', { minutes: previousName ?? '' }),
        nextMeeting: t(language, 'continuity.nextMeeting'),
        early: t(language, 'continuity.early', { date: longDate(date, language) }),
      },
      previous: previousName,
      previousApproved: previous?.status === 'minutesApproved',
      nextMeeting: typeof current.values.nextMeeting === 'string' ? current.values.nextMeeting : '',
      early: date > today,
      date,
      today,
    },
  };
}

function recordOf(records: readonly MeetingRecord[], row: TableRow<'meetings'>): MeetingRecord {
  return records.find((record) => record.row === row.row) as MeetingRecord;
}

/**
 * Checks the form before anything is written, then writes the minutes Doc (the same one every time), the action
 * rows (added once, then only what the minutes wrote and nobody changed since) and the Meetings row.
 *
 * Locks and lost updates. LockService.getDocumentLock() is the lock of the container the script runs in, here the
 * agenda Doc, not the workbook. Two chairs generating this meeting's minutes both run in this Doc, so it serializes
 * them: the second reads the stored minutes only after the first wrote them, and mergeMinutes keeps what the first
 * wrote. The workbook's other writers (Sheets actions under the workbook's document lock, members typing, another
 * meeting's minutes) are not held off by it, so the workbook is written so that no one reverts anyone:
 * - Only the cells it changes. Table.update writes changed cells only, never a cell around them from an earlier read.
 *   The Action plan and Meetings rows are read again right before the write (Table.reread), no slow call in between, and
 *   an action's cell is changed only while it still holds what the last minutes wrote: a member's or an action's
 *   change, made while the Doc was being written, stays and is not overwritten.
 * - Rows added with Sheet.appendRow, which is atomic: a row written by another execution is never written over.
 * - Numbers ("No.") reserved under the script lock, which Add action takes too (reserveActionNumbers), as New meeting
 *   and Add next meeting do to number a meeting: the one lock a Doc and its workbook share. An add-on is one script,
 *   so that lock is every user's in every document; it is held for a few calls (a read and a record), never for the
 *   Doc, the rows or the dashboard, so that at scale it costs each user milliseconds, not the action's seconds.
 * - The dashboard drawn from tables read again just before, as each Sheets action draws it: derived from the tables,
 *   it holds no one's typing, and a drawing that raced another is redrawn by the next action or Refresh dashboard.
 * Taking the script lock around the whole generation was weighed and refused: it would queue every user of the add-on
 * behind seconds of Doc writing, and still not hold off a member typing, which no lock does.
 */
export function generateMinutes(input: unknown, language: Language): GeneratedMinutes {
  const agenda = openAgenda();
  const spreadsheet = openWorkbook(agenda);
  requireEditor(spreadsheet, 'access.viewerMinutes', () => ownerOf(spreadsheet));
  const context = workbookContext(spreadsheet, { erasures: true });
  // The minutes and the sheets' lists are written in the workbook's language, whoever generates them.
  const sheetLanguage = workbookLanguage(context.settings);
  const workbook = workbookRef(spreadsheet);
  const profile = profileOf(context.settings, workbook.name);
  const { members: memberTable } = openTables(spreadsheet, ['members'], context);
  const people = memberDetails(memberTable.rows());
  const members = memberChoices(memberTable.rows());
  const request = checkMinutesRequest(input, members);
  const asked = checkContinuityRequest(input);
  const today = isoDateIn(new Date(), context.timeZone);
  return withDocumentLock(() => {
    const properties = agendaProperties();
    // Opened under the lock, so the rows read are those the chair before wrote.
    // Every sheet it and the dashboard read or write is found before the first write: a missing one stops it here.
    const dashboard = openDashboard(spreadsheet, context, { members: memberTable });
    const { tables } = dashboard;
    // Cleaned first if an erasure outdates it, so that nothing merged or written brings an erased name back.
    const latest = context.lastErasure ?? '';
    const { stored, kept } = erasedFromRecord(properties, properties.getProperties(), latest, tables);
    const meetingRow = meetingRowOf(tables.meetings.rows(), agenda.meetingId);
    const records = meetingRecords(tables.meetings.rows());
    const current = recordOf(records, meetingRow);
    checkEarlyMinutes(current.date, today, asked.confirmEarly, language);
    const previous = previousMeeting(records, current.number);
    const rows = actionPlanRows(tables.actionPlan.rows());
    const merged = mergeMinutes(request, basisOf(stored));
    const inActionPlan = new Map(rows.map((row) => [row.actionId, row.action.trim()]));
    const { content, next } = withActionIds(merged, agenda.meetingId, stored?.nextAction ?? 1, inActionPlan);

    const plan = minutesDocument(
      meetingOf(meetingRow),
      content,
      members,
      workbook,
      profile,
      {
        previous,
        previousApproved: asked.previousApproved,
        nextMeeting: asked.nextMeeting,
        newMembers: newMembers(
          content.present,
          records.filter((record) => record.number < current.number && record.status !== 'cancelled'),
        ),
      },
      sheetLanguage,
    );
    const actions = content.items.flatMap((item) => item.actions);
    const mailsTo = (minutes: { name: string; url: string }) =>
      minutesMails(minutes, actions, people, stored?.mailed ?? null, request.resend === true, sheetLanguage);
    // The minutes' address is not known before the Doc exists; the number of recipients does not depend on it.
    if (request.email) requireMailQuota(recipientsOf(mailsTo({ name: plan.name, url: '' }).mails));

    const record = (
      document: MinutesRecord['document'],
      mailing: { mailed: MinutesRecord['mailed'] } | null,
    ): MinutesRecord => ({
      revision: (stored?.revision ?? 0) + 1,
      present: content.present,
      items: content.items,
      document,
      nextAction: next,
      mailed: mailing ? mailing.mailed : stored?.mailed,
      erasures: latest,
    });
    // Sized before the first write, with room for any Doc's id and address, so the record's write cannot fail last.
    const room = { id: 'x'.repeat(64), name: plan.name, url: 'x'.repeat(160) };
    if (
      !fitsPropertyStore(kept, { ...recordProperties(record(room, null)), [MINUTES_DOCUMENT_KEY]: room.id })
    )
      throw new UserError('minutes.error.tooLarge');
    // The new actions' numbers, reserved before the first write: a script lock another execution holds stops the
    // generation here, with nothing written, and the person is told to try again. Their source is not known yet.
    const written = (stored?.items ?? []).flatMap((item) => item.actions);
    const notStarted = listLabel(sheetLanguage, 'actionStatus', 'notStarted');
    const adding = actionPlanChanges(actions, rows, written, { name: '', url: '' }, notStarted).append.length;
    const reserved = adding > 0 ? reserveActionNumbers(tables.actionPlan, adding) : 0;

    // Fetched once the checks have passed, before the first write: a logo that cannot be had is left out.
    const logo = fetchLogo(profile.logoUrl);
    // The same minutes Doc every time, shared as the agenda is.
    const { document, link } = writeDocumentOnce(
      plan,
      stored?.document.id ?? kept[MINUTES_DOCUMENT_KEY],
      (id) => properties.setProperty(MINUTES_DOCUMENT_KEY, id),
      meetingDocumentSharing(people, String(meetingRow.values.chair).trim(), activeEmail()),
      logo,
    );

    // The workbook's cells are written from a read made right before, and only the cells the minutes change: what a
    // member typed, or a Sheets action wrote, while the Doc was being written stays (see the header's lock note).
    tables.actionPlan.reread();
    tables.meetings.reread();
    const changes = actionPlanChanges(
      actions,
      actionPlanRows(tables.actionPlan.rows()),
      written,
      link,
      notStarted,
    );
    tables.actionPlan.update(changes.update);
    if (changes.append.length > 0) {
      // More than reserved only if a person deleted, meanwhile, a row a failed generation had added: reserved again.
      const first =
        changes.append.length > adding
          ? reserveActionNumbers(tables.actionPlan, changes.append.length)
          : reserved;
      tables.actionPlan.append(changes.append.map((row, index) => ({ number: first + index, ...row })));
    }
    const meetingsNow = tables.meetings.rows();
    const meetingNow = meetingRowOf(meetingsNow, agenda.meetingId);
    const previousNow = previousMeeting(meetingRecords(meetingsNow), current.number);
    const status = listValueOf('meetingStatus', meetingNow.values.status);
    const held = listLabel(sheetLanguage, 'meetingStatus', 'held');
    const attendance = attendanceOf(content.present, members);
    const meetingUpdates: { row: number; values: TableRecord<'meetings'> }[] = [
      {
        row: meetingNow.row,
        values: { ...meetingChanges(attendance, link, status, held), nextMeeting: asked.nextMeeting },
      },
    ];
    // The previous meeting's row shows its minutes approved; a box left unticked takes nothing back.
    if (previousNow && asked.previousApproved && previousNow.status !== 'minutesApproved')
      meetingUpdates.push({
        row: previousNow.row,
        values: { status: listLabel(sheetLanguage, 'meetingStatus', 'minutesApproved') },
      });
    tables.meetings.update(meetingUpdates);

    const mailing = request.email ? mailsTo(link) : null;
    writeRecord(properties, kept, record({ id: document.getId(), ...link }, mailing));
    // The dashboard counts the actions and the meeting just written, from tables read again now: the next dates it
    // writes follow the Communication plan as it is, not as it was when the generation began.
    readAfresh();
    drawDashboard(spreadsheet, context, dashboard);
    // Recorded as sent first: a failure now may leave someone without the email, never send it to them twice.
    if (mailing) sendMails(mailing.mails, { name: '', replyTo: '' });
    // Written through before the lock goes, so the next chair reads what this one wrote.
    SpreadsheetApp.flush();
    const said = [t(language, 'minutes.generated', { count: actions.length })];
    if (mailing) said.push(...mailedSentences(mailing, language));
    if (logo.failed) said.push(t(language, 'document.noLogo'));
    const known = asked.nextMeeting === '' || records.some((record) => record.date === asked.nextMeeting);
    return {
      document: link,
      message: said.join(' '),
      nextMeeting: known
        ? null
        : {
            date: asked.nextMeeting,
            offer: t(language, 'continuity.createNext', { date: longDate(asked.nextMeeting, language) }),
          },
    };
  });
}

/** What the chair is told of the emails: how many people, and who has no address. */
function mailedSentences(mailing: ReturnType<typeof minutesMails>, language: Language): string[] {
  const count = recipientsOf(mailing.mails);
  const said = [t(language, count > 0 ? 'minutes.mailed' : 'minutes.nothingToMail', { count })];
  const names = [...new Set([...mailing.unreachable, ...mailing.unreachableOwners])];
  if (names.length > 0) said.push(t(language, 'minutes.notEmailed', { names: names.join(', ') }));
  if (mailing.noConsent.length > 0)
    said.push(t(language, 'minutes.noConsent', { names: mailing.noConsent.join(', ') }));
  return said;
}

/**
 * The next meeting's row, offered after the minutes give its date: a number, the date, planned, an id New meeting
 * keeps when it makes that meeting's agenda. A row already there for that date is not doubled.
 */
export function addNextMeeting(date: unknown, language: Language): string {
  const agenda = openAgenda();
  const spreadsheet = openWorkbook(agenda);
  const context = workbookContext(spreadsheet);
  const { nextMeeting } = checkContinuityRequest({ nextMeeting: date });
  if (nextMeeting === '')
    throw new UserError('continuity.error.badNextDate', { value: quoted(String(date ?? '')) });
  checkMeetingDate(nextMeeting, isoDateIn(new Date(), context.timeZone));
  const sheetLanguage = workbookLanguage(context.settings);
  const { meetings } = openTables(spreadsheet, ['meetings'], context);
  // The rows read and the row added in one short section of the script lock, which New meeting takes to number its
  // row too: two meetings never get one number, nor one date two rows.
  const number = withScriptLock(() => {
    meetings.reread();
    const rows = meetings.rows();
    const there = meetingRecords(rows).find((record) => record.date === nextMeeting);
    if (there) return there.number;
    const next = nextMeetingNumber(rows.map((row) => row.values.number));
    meetings.append([
      {
        number: next,
        date: nextMeeting,
        status: listLabel(sheetLanguage, 'meetingStatus', 'planned'),
        meetingId: Utilities.getUuid(),
      },
    ]);
    return next;
  });
  return t(language, 'continuity.nextCreated', { number, date: longDate(nextMeeting, language) });
}
