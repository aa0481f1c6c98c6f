// The Add action sidebar: the Action plan's fields with the sheet's checks, for members who prefer a form.
import { checkActionRequest } from '../../src/domain/actionPlan';
import type { AddActionForm, AddActionRequest } from '../../src/domain/api';
import { element, field, show, showError, showStatus, statusArea } from '../shared/dom';
import { app, showFailure, showPage } from '../shared/page';
import { callServer } from '../shared/server';
import { type Control, checkForm, dateInput } from '../shared/validation';

function option(value: string, label: string): HTMLOptionElement {
  const node = element('option', {}, label);
  node.value = value;
  return node;
}

function render(form: AddActionForm): void {
  const { labels } = form;
  const action = element('input', { type: 'text' });
  const owner = element('select', {}, option('', labels.chooseOwner));
  for (const member of form.members) {
    owner.append(
      option(member.name, member.organisation ? `${member.name} (${member.organisation})` : member.name),
    );
  }
  const start = dateInput('');
  const due = dateInput('');
  // Text, so that what was typed reaches the check ("1 200,50"): a number field hides a wrong amount as empty.
  const budget = element('input', { type: 'text', inputmode: 'decimal', autocomplete: 'off' });
  const status = element('select', {}, ...form.statuses.map((choice) => option(choice.value, choice.label)));
  const add = element('button', { type: 'submit', class: 'action' }, labels.add);
  const message = statusArea();

  const formElement = element(
    'form',
    { novalidate: true },
    field(labels.action, action),
    field(labels.owner, owner),
    field(labels.start, start),
    field(labels.due, due),
    field(labels.budget, budget),
    field(labels.status, status),
    element('div', { class: 'actions' }, add),
    message,
  );

  formElement.addEventListener('submit', (event) => {
    event.preventDefault();
    const request: AddActionRequest = {
      action: action.value,
      owner: owner.value,
      start: start.value,
      due: due.value,
      budget: budget.value,
      status: status.value,
    };
    const controls: Record<string, Control> = { action, owner, start, due, budget, status };
    // The sheet's checks, made in the page first; the server makes them again and has the last word.
    const names = form.members.map((member) => member.name);
    if (
      !checkForm(
        formElement,
        message,
        (name) => controls[name],
        () => checkActionRequest(request, names),
      )
    )
      return;
    add.disabled = true;
    showStatus(message, element('span', { class: 'busy' }, labels.adding));
    callServer('addAction', request)
      .then((added) => {
        const again = element('button', { type: 'button', class: 'small' }, labels.addAnother);
        again.addEventListener('click', () => render(form));
        show(
          app,
          element('div', { class: 'status', role: 'status' }, element('p', {}, added.message)),
          again,
        );
      })
      .catch((error: Error) => {
        add.disabled = false;
        showError(message, error.message);
      });
  });

  showPage(formElement);
  action.focus();
}

callServer('getAddActionForm').then(render).catch(showFailure);
