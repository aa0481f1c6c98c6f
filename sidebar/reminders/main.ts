// The Reminders… sidebar: weekly reminders on or off, the weekday and the hour; Save installs or removes the trigger.
import type { RemindersForm } from '../../src/domain/api';
import { checkScheduleRequest } from '../../src/domain/reminders';
import { checkbox, element, field, showError, showStatus, statusArea } from '../shared/dom';
import { showFailure, showPage } from '../shared/page';
import { callServer } from '../shared/server';
import { checkForm } from '../shared/validation';

function render(form: RemindersForm): void {
  const { labels } = form;
  const on = checkbox(labels.on, form.on);
  const weekday = element('select', {});
  for (const choice of form.weekdays) {
    const option = element('option', {}, choice.label);
    option.value = choice.value;
    weekday.append(option);
  }
  weekday.value = form.weekday;
  const hour = element('select', {});
  for (let h = 0; h < 24; h++) {
    const option = element('option', {}, `${String(h).padStart(2, '0')}:00`);
    option.value = String(h);
    hour.append(option);
  }
  hour.value = String(form.hour);
  const save = element('button', { type: 'submit', class: 'action' }, labels.save);
  const status = statusArea();

  const formElement = element(
    'form',
    { novalidate: true },
    element('p', { class: 'note' }, labels.intro),
    on.node,
    field(labels.weekday, weekday),
    field(labels.hour, hour),
    element('div', { class: 'actions' }, save),
    status,
  );
  formElement.addEventListener('submit', (event) => {
    event.preventDefault();
    const request = { on: on.box.checked, weekday: weekday.value, hour: Number(hour.value) };
    const checked = checkForm(
      formElement,
      status,
      (field) => (field === 'weekday' ? weekday : field === 'hour' ? hour : null),
      () => checkScheduleRequest(request),
    );
    if (!checked) return;
    save.disabled = true;
    showStatus(status, element('span', { class: 'busy' }, labels.saving));
    callServer('saveReminders', checked)
      .then((message) => showStatus(status, message))
      .catch((error: Error) => showError(status, error.message))
      .finally(() => {
        save.disabled = false;
      });
  });
  showPage(formElement);
  on.box.focus();
}

callServer('getRemindersForm').then(render).catch(showFailure);
