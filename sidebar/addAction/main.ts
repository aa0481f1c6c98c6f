// The Add action sidebar: the Action plan's fields with the sheet's checks, for members who prefer a form.
import type { AddActionForm, AddActionRequest } from '../../src/domain/api';
import { element, field, show, showError, showStatus, statusArea } from '../shared/dom';
import { app, showFailure, showPage } from '../shared/page';
import { callServer } from '../shared/server';

function option(value: string, label: string): HTMLOptionElement {
  const node = element('option', {}, label);
  node.value = value;
  return node;
}

/** The checks the sheet makes, shown before sending; the server makes them again and has the last word. */
function keepDueAfterStart(start: HTMLInputElement, due: HTMLInputElement): void {
  due.min = start.value;
}

function render(form: AddActionForm): void {
  const { labels } = form;
  const action = element('input', { type: 'text', required: true });
  const owner = element('select', {}, option('', labels.chooseOwner));
  for (const member of form.members) {
    owner.append(
      option(member.name, member.organisation ? `${member.name} (${member.organisation})` : member.name),
    );
  }
  const start = element('input', { type: 'date' });
  const due = element('input', { type: 'date' });
  start.addEventListener('change', () => keepDueAfterStart(start, due));
  const budget = element('input', { type: 'number', min: '0', step: 'any', inputmode: 'decimal' });
  const status = element('select', {}, ...form.statuses.map((choice) => option(choice.value, choice.label)));
  const add = element('button', { type: 'submit', class: 'action' }, labels.add);
  const message = statusArea();

  const formElement = element(
    'form',
    {},
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
