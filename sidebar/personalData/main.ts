// The Personal data sidebar: find a person, see where they are held, export it to a Doc or erase it.
import type { PersonalDataForm, PersonalDataFound } from '../../src/domain/api';
import { checkPersonQuery } from '../../src/domain/personalData';
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
import { showFailure, showPage } from '../shared/page';
import { callServer } from '../shared/server';
import { checkForm } from '../shared/validation';

function render(form: PersonalDataForm): void {
  const { labels } = form;
  const person = element('input', { type: 'text', autocomplete: 'off' });
  const find = element('button', { type: 'submit', class: 'action' }, labels.find);
  const results = element('div', { class: 'results' });
  const message = statusArea();
  const exportButton = element('button', { type: 'button' }, labels.export);
  const confirm = checkbox(labels.confirmErase, false);
  const erase = element('button', { type: 'button', class: 'danger', disabled: true }, labels.erase);
  const actions = element(
    'div',
    { class: 'person-actions', hidden: true },
    exportButton,
    confirm.node,
    erase,
  );
  /** The name the results are about: Export and Erase act on it, not on what is typed since. */
  let shownFor = '';

  const busy = (on: boolean) => {
    for (const button of [find, exportButton]) button.disabled = on;
    erase.disabled = on || !confirm.box.checked;
  };

  const showFound = (found: PersonalDataFound) => {
    show(
      results,
      element('p', { class: 'summary' }, found.summary),
      found.places.length > 0
        ? element('ul', {}, ...found.places.map((place) => element('li', {}, place.line)))
        : null,
      found.unreadable ? element('p', { class: 'note' }, found.unreadable) : null,
    );
    actions.hidden = found.total === 0;
    confirm.box.checked = false;
    erase.disabled = true;
  };

  const search = (name: string) =>
    callServer('findPersonalData', name).then((found) => {
      shownFor = name;
      showFound(found);
    });

  const formElement = element(
    'form',
    { novalidate: true },
    element('p', { class: 'intro' }, labels.intro),
    field(labels.person, person),
    element('div', { class: 'actions' }, find),
  );
  formElement.addEventListener('submit', (event) => {
    event.preventDefault();
    // The server's own check, in the page first: too short or too long is said beside the field.
    const name = checkForm(
      formElement,
      message,
      () => person,
      () => checkPersonQuery(person.value),
    );
    if (name === null) return;
    busy(true);
    showStatus(message, labels.finding);
    search(name)
      .then(() => showStatus(message))
      .catch((error: Error) => showError(message, error.message))
      .finally(() => busy(false));
  });
  confirm.box.addEventListener('change', () => {
    erase.disabled = !confirm.box.checked;
  });
  exportButton.addEventListener('click', () => {
    busy(true);
    showStatus(message, labels.exporting);
    callServer('exportPersonalData', shownFor)
      .then((done) => showStatus(message, done.message, documentLink('', done.document)))
      .catch((error: Error) => showError(message, error.message))
      .finally(() => busy(false));
  });
  erase.addEventListener('click', () => {
    busy(true);
    showStatus(message, labels.erasing);
    // The search after shows what is left: nothing, when the erasure went through.
    callServer('erasePersonalData', shownFor)
      .then((done) => search(shownFor).then(() => showStatus(message, done)))
      .catch((error: Error) => showError(message, error.message))
      .finally(() => busy(false));
  });

  showPage(formElement, results, actions, message);
  person.focus();
}

callServer('getPersonalDataForm').then(render).catch(showFailure);
