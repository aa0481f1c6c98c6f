// The Show actions of… sidebar: choose a member, and the Action plan's filter shows only their rows.
import type { ShowActionsForm } from '../../src/domain/api';
import { UserError } from '../../src/domain/errors';
import { element, field, showError, showStatus, statusArea } from '../shared/dom';
import { showFailure, showPage } from '../shared/page';
import { callServer } from '../shared/server';
import { checkForm } from '../shared/validation';

function render(form: ShowActionsForm): void {
  const { labels } = form;
  // No one chosen at first: a click on Show, before a choice, must not show the first member's actions.
  const member = element('select', {}, element('option', { value: '' }, labels.choose));
  for (const choice of form.members) {
    const node = element(
      'option',
      {},
      choice.organisation ? `${choice.name} (${choice.organisation})` : choice.name,
    );
    node.value = choice.name;
    member.append(node);
  }
  const showOne = element('button', { type: 'submit', class: 'action' }, labels.show);
  const showAll = element('button', { type: 'button', class: 'small' }, labels.showAll);
  const message = statusArea();

  const run = (name: string) => {
    showOne.disabled = true;
    showAll.disabled = true;
    callServer('showActionsOf', name)
      .then((done) => showStatus(message, done))
      .catch((error: Error) => showError(message, error.message))
      .finally(() => {
        showOne.disabled = false;
        showAll.disabled = false;
      });
  };

  const formElement = element(
    'form',
    { novalidate: true },
    field(labels.member, member),
    element('div', { class: 'actions' }, showOne, showAll),
    message,
  );
  formElement.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = checkForm(
      formElement,
      message,
      () => member,
      () => {
        if (member.value === '') throw new UserError('showActions.error.noMember', {}, 'member');
        return member.value;
      },
    );
    if (chosen) run(chosen);
  });
  showAll.addEventListener('click', () => run(''));

  showPage(formElement);
  member.focus();
}

callServer('getShowActionsForm').then(render).catch(showFailure);
