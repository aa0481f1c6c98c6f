// The minutes round trip for add-on tests: a workbook with members, its meeting, and the chair in the agenda Doc.
import type {
  AgendaItem,
  CreatedMeeting,
  MinutesForm,
  MinutesItem,
  MinutesRequest,
  NewMeetingForm,
} from '../../src/domain/api';
import type { Language } from '../../src/domain/i18n';
import { type LoadedAddon, loadAddon } from './addon';
import { documentAt } from './docs';
import { appendRows, setUpAlliance } from './workbook';

export const MEETING_EVENING = '2027-03-15T18:00:00Z';

/** A set-up workbook with three members, one without an organisation. */
export function alliance(language: Language): LoadedAddon {
  const addon = setUpAlliance(language);
  appendRows(addon, 'members', [
    { name: 'Amina Diallo', organisation: 'Maison des Associations' },
    { name: 'Lars Berg', organisation: 'Röda Korset' },
    { name: 'Marie Dupont', organisation: '' },
  ]);
  return addon;
}

/** The secretary clicks New meeting and Create meeting, with the proposed agenda unless told otherwise. */
export function newMeeting(secretary: LoadedAddon, agenda?: AgendaItem[]): CreatedMeeting {
  const form = secretary.run<NewMeetingForm>('getNewMeetingForm');
  return secretary.run<CreatedMeeting>('createMeeting', {
    date: '2027-03-15',
    time: '10:00',
    place: 'Bordeaux',
    host: 'Maison des Associations',
    chair: 'Amina Diallo',
    agenda: agenda ?? form.agenda,
  });
}

/** A new execution in the Doc or the workbook a person opens; calls counted from zero. */
export function open(addon: LoadedAddon, host: 'docs' | 'sheets', fileId: string): LoadedAddon {
  addon.ws.open({ host, fileId });
  const opened = loadAddon(addon.ws);
  opened.ws.calls.reset();
  return opened;
}

export function workbookId(addon: LoadedAddon): string {
  return [...addon.ws.spreadsheets.keys()][0];
}

/** The chair opens the agenda Doc in the evening of the meeting (15 March 2027), when minutes are written. */
export const asChair = (addon: LoadedAddon, agendaUrl: string) => {
  addon.ws.setNow(Date.parse(MEETING_EVENING));
  return open(addon, 'docs', documentAt(addon, agendaUrl).id);
};
export const asSecretary = (addon: LoadedAddon) => open(addon, 'sheets', workbookId(addon));

/** The form as the chair sends it back, after `edit` wrote comments and actions into its items. */
export function filledIn(
  form: MinutesForm,
  present: string[],
  edit: (items: MinutesItem[]) => void,
): MinutesRequest {
  const items = structuredClone(form.minutes.items);
  edit(items);
  return { present, items, basis: form.basis };
}

export function itemNamed(items: MinutesItem[], words: string): MinutesItem {
  const item = items.find((candidate) => candidate.item === words);
  if (!item) throw new Error(`No item ${words} in ${items.map((candidate) => candidate.item)}`);
  return item;
}
