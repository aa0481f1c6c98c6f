// The only file that lists what Apps Script calls: triggers, menu actions and the functions sidebars call.

import type {
  AddActionForm,
  AddActionRequest,
  AddedAction,
  CreatedMeeting,
  GeneratedMinutes,
  MadeDocument,
  MakeDocumentRequest,
  MinutesForm,
  MinutesRequest,
  NewMeetingForm,
  NewMeetingRequest,
  PersonalDataExport,
  PersonalDataForm,
  PersonalDataFound,
  ProfileForm,
  ProfileRequest,
  RemindersForm,
  RemindersRequest,
  ServerApi,
  ShowActionsForm,
} from './domain/api';
import { menuFor } from './domain/menu';
import { addActionForm, addNewAction, filterActionsOf, showActionsForm } from './workspace/actionPlan';
import { refreshActiveDashboard } from './workspace/dashboard';
import {
  currentHost,
  runMenuAction,
  serveSidebar,
  showMenu,
  showSidebar,
  userLanguage,
} from './workspace/editor';
import { withDocumentLock } from './workspace/lock';
import { createNewMeeting, newMeetingForm } from './workspace/meetings';
import {
  addNextMeeting as addNextMeetingRow,
  minutesForm,
  generateMinutes as writeMinutes,
} from './workspace/minutes';
import { exportStakeholdersForMyMaps as writeMyMapsExport } from './workspace/myMaps';
import {
  erasePersonalData as erasePerson,
  exportPersonalData as exportPerson,
  findPersonalData as findPerson,
  personalDataForm,
} from './workspace/personalData';
import { profileForm, saveAllianceProfile } from './workspace/profile';
import { remindersForm, runReminders, saveReminderSchedule } from './workspace/reminders';
import { writeBriefingDocument, writeCharter, writeRegionalPlan } from './workspace/seedDocuments';
import { setUpAllianceWorkbook, showSetupReport } from './workspace/workbook';

/** Builds the add-on menu and touches nothing else, so it works in AuthMode.NONE. */
export function onOpen(_event?: GoogleAppsScript.Events.AppsScriptEvent): void {
  const host = currentHost();
  showMenu(host, menuFor(host, userLanguage()));
}

export function onInstall(event?: GoogleAppsScript.Events.AppsScriptEvent): void {
  onOpen(event);
}

/**
 * Extensions › Alliance Kit › Set up alliance workbook: adds what the workbook lacks, refreshes the dashboard if it
 * added anything, then says what it did.
 */
export function setUpWorkbook(): void {
  runMenuAction((language) => {
    const { plan, firstSetUp } = withDocumentLock(() => setUpAllianceWorkbook(language));
    showSetupReport(plan, language);
    // The profile is the first set-up's last step: the alert above waits for OK, then the form opens.
    if (firstSetUp) showSidebar('profile', 'profile.title', language);
  });
}

/** Extensions › Alliance Kit › Alliance profile…: name, region, vision, work plan, secretary's contact, logo. */
export function openAllianceProfile(): void {
  runMenuAction((language) => showSidebar('profile', 'profile.title', language));
}

export function getProfileForm(): ProfileForm {
  return serveSidebar(profileForm);
}

/** The request comes from a sidebar, so it is checked field by field before anything is written. */
export function saveProfile(request: ProfileRequest): string {
  return serveSidebar((language) => saveAllianceProfile(request, language));
}

/** Extensions › Alliance Kit › New meeting: the sidebar loads its form through getNewMeetingForm. */
export function newMeeting(): void {
  runMenuAction((language) => showSidebar('newMeeting', 'newMeeting.title', language));
}

export function getNewMeetingForm(): NewMeetingForm {
  return serveSidebar((language) => newMeetingForm(language));
}

/** The request comes from a sidebar, so it is checked field by field before anything is written. */
export function createMeeting(request: NewMeetingRequest): CreatedMeeting {
  return serveSidebar((language) => createNewMeeting(request, language));
}

/** Extensions › Alliance Kit › Make charter: the sidebar makes the Doc and links to it. */
export function openCharter(): void {
  runMenuAction((language) => showSidebar('charter', 'charter.title', language));
}

/** Updates the charter made before, or makes a new one when asked (`fresh`) or when there is none. */
export function makeCharter(request?: MakeDocumentRequest): MadeDocument {
  return serveSidebar((language) => writeCharter(language, request?.fresh === true));
}

/** Extensions › Alliance Kit › Briefing document: the sidebar makes the Doc and links to it. */
export function openBriefingDocument(): void {
  runMenuAction((language) => showSidebar('briefing', 'briefing.title', language));
}

export function makeBriefingDocument(request?: MakeDocumentRequest): MadeDocument {
  return serveSidebar((language) => writeBriefingDocument(language, request?.fresh === true));
}

/** Extensions › Alliance Kit › Regional action plan: ÉTAPE 4's plan to publish and sign; the sidebar links to it. */
export function openRegionalPlan(): void {
  runMenuAction((language) => showSidebar('regionalPlan', 'regionalPlan.title', language));
}

export function makeRegionalPlan(request?: MakeDocumentRequest): MadeDocument {
  return serveSidebar((language) => writeRegionalPlan(language, request?.fresh === true));
}

/** Extensions › Alliance Kit › Refresh dashboard: recomputes the Dashboard sheet and its charts. */
export function refreshDashboard(): void {
  runMenuAction(refreshActiveDashboard);
}

/** Extensions › Alliance Kit › Export stakeholders for Google My Maps: a sheet to download as CSV for My Maps. */
export function exportStakeholdersForMyMaps(): void {
  runMenuAction(writeMyMapsExport);
}

/** Extensions › Alliance Kit › Generate minutes, in an agenda Doc: the sidebar loads its form through getMinutesForm. */
export function generateMinutes(): void {
  runMenuAction((language) => showSidebar('minutes', 'minutes.title', language));
}

export function getMinutesForm(): MinutesForm {
  return serveSidebar((language) => minutesForm(language));
}

/** The request comes from a sidebar, so it is checked field by field before anything is written. */
export function saveMinutes(request: MinutesRequest): GeneratedMinutes {
  return serveSidebar((language) => writeMinutes(request, language));
}

/** After the minutes give the next meeting's date, the sidebar offers to add its Meetings row. */
export function addNextMeeting(date: string): string {
  return serveSidebar((language) => addNextMeetingRow(date, language));
}

/** Extensions › Alliance Kit › Add action: a form with the Action plan's fields and checks. */
export function openAddAction(): void {
  runMenuAction((language) => showSidebar('addAction', 'addAction.title', language));
}

export function getAddActionForm(): AddActionForm {
  return serveSidebar(addActionForm);
}

/** The request comes from a sidebar, so it is checked field by field, as the sheet checks, before anything is written. */
export function addAction(request: AddActionRequest): AddedAction {
  return serveSidebar((language) => addNewAction(request, language));
}

/** Extensions › Alliance Kit › Show actions of…: choose a member, and a filter shows only their actions. */
export function openShowActionsOf(): void {
  runMenuAction((language) => showSidebar('showActions', 'showActions.title', language));
}

export function getShowActionsForm(): ShowActionsForm {
  return serveSidebar(showActionsForm);
}

export function showActionsOf(member: string): string {
  return serveSidebar((language) => filterActionsOf(member, language));
}

/** Extensions › Alliance Kit › Personal data…: find a person everywhere, export what is held on them, or erase it. */
export function openPersonalData(): void {
  runMenuAction((language) => showSidebar('personalData', 'personalData.title', language));
}

export function getPersonalDataForm(): PersonalDataForm {
  return serveSidebar(personalDataForm);
}

export function findPersonalData(person: string): PersonalDataFound {
  return serveSidebar((language) => findPerson(person, language));
}

export function exportPersonalData(person: string): PersonalDataExport {
  return serveSidebar((language) => exportPerson(person, language));
}

/** Takes the workbook's document lock, and checks every Doc it would change before the first write. */
export function erasePersonalData(person: string): string {
  return serveSidebar((language) => erasePerson(person, language));
}

/**
 * The sidebars call the server through ServerApi (sidebar/shared/server.ts): each of its functions must be exported
 * here with a signature that fits, or the compiler names the one that drifted ("Type '"saveProfile"' does not
 * satisfy the constraint 'never'"). Types only: nothing of this reaches build/Code.js.
 */
type Exported = typeof import('./index');
type Drifted = {
  [Name in keyof ServerApi]: Name extends keyof Exported
    ? [Exported[Name], ServerApi[Name]] extends [ServerApi[Name], Exported[Name]]
      ? never
      : Name
    : Name;
}[keyof ServerApi];
type MustBeNever<T extends never> = T;
export type ServerApiMatchesExports = MustBeNever<Drifted>;
/** Extensions › Alliance Kit › Reminders…: on or off, weekday and hour of the weekly reminders. */
export function openReminders(): void {
  runMenuAction((language) => showSidebar('reminders', 'reminders.title', language));
}

export function getRemindersForm(): RemindersForm {
  return serveSidebar(remindersForm);
}

export function saveReminders(request: RemindersRequest): string {
  return serveSidebar((language) => saveReminderSchedule(request, language));
}

/**
 * The weekly trigger Reminders… installs (its name is REMINDERS_HANDLER). It runs with no one watching: an error is
 * left to Apps Script, which records the failed execution and emails its owner.
 */
export function sendReminders(event?: GoogleAppsScript.Events.TimeDriven): void {
  runReminders(event);
}
