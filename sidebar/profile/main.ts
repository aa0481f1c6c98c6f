// The Alliance profile sidebar: the alliance's name, region, vision, work plan dates, secretary's contact and logo.
import type { AllianceProfile, ProfileForm, ProfileRequest } from '../../src/domain/api';
import { checkProfile } from '../../src/domain/profile';
import { checkbox, element, field, showError, showStatus, statusArea } from '../shared/dom';
import { showFailure, showPage } from '../shared/page';
import { callServer } from '../shared/server';
import { checkForm, dateInput, language } from '../shared/validation';

type Control = HTMLInputElement | HTMLTextAreaElement;

function render(form: ProfileForm): void {
  const { labels, profile } = form;
  const control = (key: keyof AllianceProfile, type: string): Control => {
    if (type === 'date') return dateInput(profile[key]);
    const input = type === 'textarea' ? element('textarea', { rows: '5' }) : element('input', { type });
    input.value = profile[key];
    return input;
  };
  const controls: Record<keyof AllianceProfile, Control> = {
    allianceName: control('allianceName', 'text'),
    region: control('region', 'text'),
    vision: control('vision', 'textarea'),
    workPlanStart: control('workPlanStart', 'date'),
    workPlanEnd: control('workPlanEnd', 'date'),
    secretaryContact: control('secretaryContact', 'text'),
    logoUrl: control('logoUrl', 'url'),
  };
  // The Docs made before keep their name unless the user asks, and only a new name can ask it.
  const { box: rename, node: renameChoice } = checkbox(labels.renameDocuments, false);
  const renameField = element('div', { class: 'field', hidden: true }, renameChoice);
  controls.allianceName.addEventListener('input', () => {
    renameField.hidden =
      form.documents.length === 0 || controls.allianceName.value.trim() === profile.allianceName;
  });
  const save = element('button', { type: 'submit', class: 'action' }, labels.save);
  const message = statusArea();
  const formElement = element(
    'form',
    { novalidate: true },
    element('p', {}, labels.intro),
    ...(Object.keys(controls) as (keyof AllianceProfile)[]).map((key) => field(labels[key], controls[key])),
    renameField,
    element('div', { class: 'actions' }, save),
    message,
  );
  formElement.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = Object.fromEntries(Object.entries(controls).map(([key, input]) => [key, input.value]));
    const request = { ...values, renameDocuments: rename.checked } as ProfileRequest;
    const checked = checkForm(
      formElement,
      message,
      (field) => controls[field as keyof AllianceProfile],
      () => checkProfile(request, language),
    );
    if (!checked) return;
    save.disabled = true;
    showStatus(message, element('span', { class: 'busy' }, labels.saving));
    callServer('saveProfile', request)
      .then((saved) => {
        save.disabled = false;
        profile.allianceName = checked.allianceName;
        renameField.hidden = true;
        rename.checked = false;
        showStatus(message, saved);
      })
      .catch((error: Error) => {
        save.disabled = false;
        showError(message, error.message);
      });
  });
  showPage(formElement);
  controls.allianceName.focus();
}

callServer('getProfileForm').then(render).catch(showFailure);
