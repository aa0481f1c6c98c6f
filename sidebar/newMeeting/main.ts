// The New meeting sidebar: date, time, place, host, chair and the agenda; Create meeting makes the row and the Docs.
import type { AgendaItem, NewMeetingForm, NewMeetingRequest } from '../../src/domain/api';
import { checkMeetingDate } from '../../src/domain/continuity';
import { checkMeetingRequest } from '../../src/domain/meeting';
import {
  checkbox,
  documentLink,
  element,
  field,
  show,
  showError,
  showStatus,
  statusArea,
  uniqueId,
} from '../shared/dom';
import { app, showFailure, showPage } from '../shared/page';
import { callServer } from '../shared/server';
import { type Control, checkForm, dateInput } from '../shared/validation';

type Labels = NewMeetingForm['labels'];

/** Labels carry `{n}` for the item's number: the server translates, the sidebar numbers. */
function numbered(label: string, n: number): string {
  return label.replace('{n}', String(n));
}

interface AgendaRow {
  time: HTMLInputElement;
  item: HTMLInputElement;
  moderator: HTMLInputElement;
  remove: HTMLButtonElement;
  labels: HTMLLabelElement[];
}

function labelledInput(
  className: string,
  value: string,
  placeholder: string,
  list?: string,
): { input: HTMLInputElement; label: HTMLLabelElement } {
  const input = element('input', { type: 'text', id: uniqueId(className), class: className, placeholder });
  input.value = value;
  if (list) input.setAttribute('list', list);
  const label = element('label', { for: input.id, class: 'visually-hidden' });
  return { input, label };
}

/** The editable agenda: one row per item, rows added and removed in place, labels renumbered after each change. */
function agendaEditor(labels: Labels, items: AgendaItem[], membersList: string) {
  const rows: AgendaRow[] = [];
  const list = element('div', { class: 'agenda-rows' });

  function renumber(): void {
    rows.forEach((entry, index) => {
      const n = index + 1;
      const [time, item, moderator] = entry.labels;
      time.textContent = numbered(labels.itemTime, n);
      item.textContent = numbered(labels.item, n);
      moderator.textContent = numbered(labels.moderator, n);
      entry.remove.setAttribute('aria-label', numbered(labels.removeItem, n));
      entry.remove.title = numbered(labels.removeItem, n);
    });
  }

  function addRow(value: AgendaItem): AgendaRow {
    const time = labelledInput('agenda-time', value.time, labels.time);
    const item = labelledInput('agenda-item', value.item, labels.itemColumn);
    const moderator = labelledInput('agenda-moderator', value.moderator, labels.moderatorColumn, membersList);
    const remove = element('button', { type: 'button', class: 'remove' }, '×');
    // The item first, as it is shown, so the tab order follows the eye.
    const row = element('div', { class: 'agenda-row' }, item.label, item.input, time.label, time.input);
    row.append(moderator.label, moderator.input, remove);
    const entry: AgendaRow = {
      time: time.input,
      item: item.input,
      moderator: moderator.input,
      remove,
      labels: [time.label, item.label, moderator.label],
    };
    remove.addEventListener('click', () => {
      rows.splice(rows.indexOf(entry), 1);
      row.remove();
      renumber();
    });
    rows.push(entry);
    list.append(row);
    return entry;
  }

  for (const item of items) addRow(item);
  renumber();

  const add = element('button', { type: 'button', class: 'small add-item' }, labels.addItem);
  add.addEventListener('click', () => {
    const entry = addRow({ time: '', item: '', moderator: '' });
    renumber();
    entry.item.focus();
  });

  const fieldset = element('fieldset', {}, element('legend', {}, labels.agenda), list, add);
  return {
    fieldset,
    /** "agenda.2.time": the field of the third row the server's check names. */
    control: (path: string): Control | undefined => {
      const [, index, name] = path.split('.');
      const row = rows[Number(index)];
      return name === 'time' || name === 'item' || name === 'moderator' ? row?.[name] : undefined;
    },
    items: (): AgendaItem[] =>
      rows.map((entry) => ({
        time: entry.time.value,
        item: entry.item.value,
        moderator: entry.moderator.value,
      })),
  };
}

function render(form: NewMeetingForm): void {
  const { labels } = form;
  const date = dateInput('');
  // Text, not <input type=time>: that shows a 12-hour clock to some browsers, and the check reads 9:30, 9h30 or 9.30.
  const time = element('input', {
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    placeholder: '14:30',
  });
  const place = element('input', { type: 'text' });
  const host = element('input', { type: 'text' });
  const chair = element('select', {}, element('option', { value: '' }, labels.noChair));
  for (const member of form.members) {
    const option = element(
      'option',
      {},
      member.organisation ? `${member.name} (${member.organisation})` : member.name,
    );
    option.value = member.name;
    chair.append(option);
  }
  // The moderators are often members: offer their names, and still let any name be typed.
  const membersList = uniqueId('members');
  const names = element('datalist', { id: membersList });
  for (const member of form.members) {
    const option = element('option');
    option.value = member.name;
    names.append(option);
  }
  const agenda = agendaEditor(labels, form.agenda, membersList);
  // On by default when someone can be reached; who cannot is said beside the choices, never skipped silently.
  const email = checkbox(labels.emailInvitation, form.canInvite);
  const calendar = checkbox(labels.addToCalendar, form.canInvite);
  // With no address in Members there is no one to reach: the choices stay off, and the note below says why.
  email.box.disabled = !form.canInvite;
  calendar.box.disabled = !form.canInvite;
  const note = form.reachNote ? element('p', { class: 'note', id: uniqueId('reach') }, form.reachNote) : null;
  if (note) {
    email.box.setAttribute('aria-describedby', note.id);
    calendar.box.setAttribute('aria-describedby', note.id);
  }
  const reach = element('fieldset', { class: 'reach' }, email.node, calendar.node, note);
  const create = element('button', { type: 'submit', class: 'action' }, labels.create);
  const status = statusArea();

  const formElement = element(
    'form',
    { novalidate: true },
    field(labels.date, date),
    field(labels.time, time),
    field(labels.place, place),
    field(labels.host, host),
    field(labels.chair, chair),
    names,
    agenda.fieldset,
    reach,
    element('div', { class: 'actions' }, create),
    status,
  );

  // One id for this form: Create clicked again after a failure sends it again, and the server finishes that meeting.
  const requestId = newRequestId();
  const controls: Record<string, Control> = { date, time };
  const controlOf = (path: string) => controls[path] ?? agenda.control(path);

  formElement.addEventListener('submit', (event) => {
    event.preventDefault();
    const request: NewMeetingRequest = {
      date: date.value,
      time: time.value,
      place: place.value,
      host: host.value,
      chair: chair.value,
      agenda: agenda.items(),
      email: email.box.checked,
      calendar: calendar.box.checked,
      requestId,
    };
    const checked = checkForm(formElement, status, controlOf, () => {
      const meeting = checkMeetingRequest(request);
      checkMeetingDate(meeting.date, form.today);
      return meeting;
    });
    if (!checked) return;
    create.disabled = true;
    showStatus(status, element('span', { class: 'busy' }, labels.creating));
    callServer('createMeeting', checked)
      .then((created) => {
        // The meeting exists now: the form goes, so a second click cannot make it twice.
        show(
          app,
          element(
            'div',
            { class: 'status', role: 'status' },
            element('p', {}, labels.created.replace('{number}', String(created.number))),
            documentLink(labels.agendaDocument, created.agenda),
            documentLink(labels.invitationDocument, created.invitation),
            ...created.reached.map((sentence) => element('p', {}, sentence)),
          ),
        );
      })
      .catch((error: Error) => {
        create.disabled = false;
        showError(status, error.message);
      });
  });

  showPage(formElement);
  date.focus();
}

/** 128 random bits as hex: crypto.getRandomValues works in any page, secure context or not. */
function newRequestId(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(4)), (part) =>
    part.toString(16).padStart(8, '0'),
  ).join('');
}

callServer('getNewMeetingForm').then(render).catch(showFailure);
