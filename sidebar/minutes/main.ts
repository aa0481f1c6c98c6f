// The Generate minutes sidebar: who is present, a comment and the agreed actions per agenda item, then the minutes Doc.
import type {
  Attendee,
  MemberChoice,
  MinutesAction,
  MinutesForm,
  MinutesItem,
  MinutesRequest,
} from '../../src/domain/api';
import { checkContinuityRequest, checkEarlyMinutes } from '../../src/domain/continuity';
import { checkMinutesRequest } from '../../src/domain/minutes';
import {
  checkbox,
  documentLink,
  element,
  field,
  show,
  showError,
  showStatus,
  statusArea,
} from '../shared/dom';
import { app, showFailure, showPage } from '../shared/page';
import { callServer } from '../shared/server';
import { type Control, checkForm, dateInput, language } from '../shared/validation';

type Labels = MinutesForm['labels'];

/** "Amina Diallo — Maison des Associations": how a member is named in the checkboxes and the owner list. */
function memberLabel(member: MemberChoice): string {
  return member.organisation ? `${member.name} — ${member.organisation}` : member.name;
}

function ownerSelect(labels: Labels, members: MemberChoice[], owner: string): HTMLSelectElement {
  const select = element('select', {}, element('option', { value: '' }, labels.chooseOwner));
  for (const member of members) {
    const option = element('option', {}, memberLabel(member));
    option.value = member.name;
    select.append(option);
  }
  select.value = owner;
  return select;
}

/** One agenda item: its comment, its actions, and Add action; answers what the chair wrote. */
function itemEditor(labels: Labels, members: MemberChoice[], item: MinutesItem) {
  const comment = element('textarea', {});
  comment.value = item.comment;
  const actions: {
    fields: HTMLElement;
    controls: Record<string, Control>;
    read: () => MinutesAction;
  }[] = [];
  const list = element('div', {});

  function addAction(action: MinutesAction): HTMLInputElement {
    const text = element('input', { type: 'text' });
    text.value = action.action;
    const owner = ownerSelect(labels, members, action.owner);
    const due = dateInput(action.due);
    const remove = element('button', { type: 'button', class: 'small' }, labels.removeAction);
    const fields = element(
      'div',
      { class: 'action-fields' },
      field(labels.action, text),
      field(labels.owner, owner),
      field(labels.due, due),
      remove,
    );
    const entry = {
      fields,
      controls: { action: text, owner, due },
      // The id stays with the action from the first generation on, so its row is updated, never doubled.
      read: (): MinutesAction => ({
        actionId: action.actionId,
        action: text.value,
        owner: owner.value,
        due: due.value,
      }),
    };
    remove.addEventListener('click', () => {
      actions.splice(actions.indexOf(entry), 1);
      fields.remove();
    });
    actions.push(entry);
    list.append(fields);
    return text;
  }

  for (const action of item.actions) addAction(action);
  const add = element('button', { type: 'button', class: 'small' }, labels.addAction);
  add.addEventListener('click', () => addAction({ actionId: '', action: '', owner: '', due: '' }).focus());

  const fieldset = element(
    'fieldset',
    { class: 'item' },
    element('legend', {}, item.item),
    field(labels.comment, comment),
    list,
    add,
  );
  return {
    fieldset,
    /** "actions.1.due": a field of this item's second action, as the check names it. */
    control: (path: string): Control | undefined => {
      const [, index, name] = path.split('.');
      return actions[Number(index)]?.controls[name];
    },
    read: (): MinutesItem => ({
      item: item.item,
      comment: comment.value,
      actions: actions.map((a) => a.read()),
    }),
  };
}

function attendance(labels: Labels, members: Attendee[], present: string[]) {
  const boxes = members.map((member) => {
    // By id, not name: two members of the same name are two boxes, each ticking only its own member.
    const box = element('input', { type: 'checkbox', value: member.id });
    box.checked = present.includes(member.id);
    return { box, label: element('label', {}, box, memberLabel(member)) };
  });
  return {
    fieldset: element(
      'fieldset',
      { class: 'attendance' },
      element('legend', {}, labels.attendance),
      ...boxes.map((entry) => entry.label),
    ),
    present: () => boxes.filter((entry) => entry.box.checked).map((entry) => entry.box.value),
  };
}

/** The previous minutes' approval, the next meeting's date, and, for a meeting still to come, the chair's go-ahead. */
function continuityFields(continuity: MinutesForm['continuity']) {
  const approve = checkbox(continuity.labels.approve, continuity.previousApproved);
  const early = checkbox(continuity.labels.early, false);
  const next = dateInput(continuity.nextMeeting);
  return {
    next,
    early: early.box,
    nodes: [
      continuity.previous ? approve.node : null,
      field(continuity.labels.nextMeeting, next),
      continuity.early ? early.node : null,
    ],
    read: () => ({
      previousApproved: continuity.previous ? approve.box.checked : false,
      nextMeeting: next.value,
      confirmEarly: early.box.checked,
    }),
  };
}

/** After the minutes, the next meeting's date without a Meetings row yet: a button adds it. */
function nextMeetingOffer(offer: { date: string; offer: string }): HTMLElement {
  const button = element('button', { type: 'button', class: 'small' }, offer.offer);
  const said = element('p', {});
  button.addEventListener('click', () => {
    button.disabled = true;
    callServer('addNextMeeting', offer.date)
      .then((message) => {
        button.remove();
        show(said, message);
      })
      .catch((error: Error) => {
        button.disabled = false;
        show(said, error.message);
      });
  });
  return element('div', {}, button, said);
}

function render(form: MinutesForm, done: Node | null = null): void {
  const { labels } = form;
  const who = attendance(labels, form.members, form.minutes.present);
  const items = form.minutes.items.map((item) => itemEditor(labels, form.members, item));
  // On until the minutes were emailed once; after that, generating again emails only what is new, and only if asked.
  const email = checkbox(labels.emailMinutes, !form.mailed);
  const resend = checkbox(labels.resend, false);
  const continuity = continuityFields(form.continuity);
  const generate = element('button', { type: 'submit', class: 'action' }, labels.generate);
  const status = statusArea();
  if (done) showStatus(status, done);

  const formElement = element(
    'form',
    { novalidate: true },
    element('h1', {}, form.meeting),
    element('p', { class: 'note' }, form.basis ? labels.editing : labels.intro),
    form.document ? documentLink(labels.minutesDocument, form.document) : null,
    who.fieldset,
    element('fieldset', {}, element('legend', {}, labels.items), ...items.map((item) => item.fieldset)),
    element('fieldset', { class: 'reach' }, email.node, form.mailed ? resend.node : null),
    element('fieldset', { class: 'continuity' }, ...continuity.nodes),
    element('div', { class: 'actions' }, generate),
    status,
  );

  formElement.addEventListener('submit', (event) => {
    event.preventDefault();
    const request: MinutesRequest = {
      present: who.present(),
      items: items.map((item) => item.read()),
      basis: form.basis,
      email: email.box.checked,
      resend: email.box.checked && resend.box.checked,
      ...continuity.read(),
    };
    // "items.0.actions.1.due" → the due date of the first item's second action.
    const controlOf = (path: string) => {
      if (path === 'nextMeeting') return continuity.next;
      if (path === 'confirmEarly') return continuity.early;
      const [, index, ...rest] = path.split('.');
      return items[Number(index)]?.control(rest.join('.'));
    };
    const checked = checkForm(formElement, status, controlOf, () => {
      checkMinutesRequest(request, form.members);
      const asked = checkContinuityRequest(request);
      const { date, today } = form.continuity;
      checkEarlyMinutes(date, today, asked.confirmEarly, language);
      return asked;
    });
    if (!checked) return;
    generate.disabled = true;
    showStatus(status, element('span', { class: 'busy' }, labels.generating));
    callServer('saveMinutes', request)
      .then((generated) => {
        const outcome = () =>
          element(
            'div',
            {},
            element('p', {}, generated.message),
            documentLink(labels.minutesDocument, generated.document),
            generated.nextMeeting ? nextMeetingOffer(generated.nextMeeting) : null,
          );
        // The minutes exist now: this form, without the new actions' ids, must not be sent again.
        show(app, element('div', { class: 'status', role: 'status' }, outcome()));
        // The form starts again from what was just stored, ids included: generating again updates the same rows.
        // Should that fail, the outcome above stays, which is all the chair needs.
        callServer('getMinutesForm')
          .then((next) => render(next, outcome()))
          .catch(() => undefined);
      })
      .catch((error: Error) => {
        generate.disabled = false;
        showError(status, error.message);
      });
  });

  showPage(formElement);
  if (done) status.scrollIntoView();
}

callServer('getMinutesForm')
  .then((form) => render(form))
  .catch(showFailure);
