// Every sidebar's form in the workbench, in the user's language: a mistake said beside its field, with the focus on it
// and nothing sent; dates in the language's order; New meeting's email and calendar choices; Reminders' trigger.
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import type { WorkbenchState } from '../../emulator/workbench/api';
import { longDate } from '../../src/domain/dates';
import { type Language, type MessageKey, type Params, t } from '../../src/domain/i18n';
import { columnsOf } from '../../src/domain/schema';
import { type TestWorkbench, useWorkbenchAndBrowser } from './support';

let bench: TestWorkbench;
let browser: Browser;
let page: Page;
let language: Language;

useWorkbenchAndBrowser((started) => {
  ({ bench, browser } = started);
});

jest.setTimeout(120_000);

afterEach(async () => {
  await page?.close();
});

const say = (key: MessageKey, params: Params = {}) => t(language, key, params);
const state = async () => (await bench.api<WorkbenchState>('GET', '/api/state')).body;
const sheet = async (key: MessageKey) =>
  (await state()).spreadsheet?.sheets.find((candidate) => candidate.name === say(key));

/**
 * A workbook set up in that language, its members typed in (name, organisation, email) by the schema's columns, with
 * their consent to be emailed recorded when that column exists; the page open on it.
 */
async function workbookIn(chosen: Language, members: string[][]): Promise<void> {
  language = chosen;
  await bench.api('POST', '/api/reset', { locale: chosen });
  await bench.api('POST', '/api/run', { fn: 'setUpWorkbook', args: [] });
  const columns = columnsOf('members');
  const typed = await bench.api('POST', '/api/edit', {
    sheet: say('sheet.members'),
    range: `A2:${String.fromCharCode(64 + columns.length)}${members.length + 1}`,
    values: members.map(([name, organisation, email]) => {
      const values: Record<string, string> = { name, organisation, email, consentRecordedOn: '2026-01-05' };
      return columns.map((column) => values[column.key] ?? '');
    }),
  });
  expect(typed.status).toBe(200);
  page = await browser.newPage();
  await page.goto(bench.url);
}

/** Opens a sidebar from the add-on menu and waits for one of its fields. */
async function openSidebar(menuItem: MessageKey, field: string): Promise<FrameLocator> {
  await page
    .getByRole('navigation', { name: 'Add-on menu' })
    .getByRole('button', { name: say(menuItem) })
    .click();
  const sidebar = page.frameLocator('#sidebar-frame');
  await sidebar.getByLabel(field, { exact: true }).first().waitFor();
  // The browser's own checks would speak the browser's language, in a bubble: the form leaves them out.
  await expect(sidebar.locator('form').evaluate((form: HTMLFormElement) => form.noValidate)).resolves.toBe(
    true,
  );
  await expect(sidebar.locator('[required]').count()).resolves.toBe(0);
  return sidebar;
}

/**
 * The message is right after the field (after the label around a checkbox), as text, named by the field's
 * aria-describedby, the field marked invalid, focused, and the message in view.
 */
async function expectMistakeBeside(field: Locator, message: string): Promise<void> {
  await field.locator('xpath=ancestor::form//p[contains(@class, "field-error")]').first().waitFor();
  const seen = await field.evaluate((control) => {
    const note = (control.closest('label') ?? control).nextElementSibling as HTMLElement;
    const box = note.getBoundingClientRect();
    return {
      message: note.textContent,
      elements: note.children.length,
      describedBy: (control.getAttribute('aria-describedby') ?? '').split(' ').includes(note.id),
      invalid: control.getAttribute('aria-invalid'),
      focused: document.activeElement === control,
      inView: box.top >= 0 && box.bottom <= window.innerHeight,
    };
  });
  expect(seen).toEqual({
    message,
    elements: 0,
    describedBy: true,
    invalid: 'true',
    focused: true,
    inView: true,
  });
}

/** What the add-on has done so far, in service calls: a form that refuses in the page calls nothing. */
const calls = async () => (await state()).calls;

/** "15/03/2027", "15-03-2027" or "2027-03-15": a day so many days from the workbench's clock, as typed in a language. */
function typedDay(now: string, days: number, order: 'dmy' | 'ymd', separator: string): string {
  const [year, month, day] = new Date(Date.parse(now) + days * 86_400_000)
    .toISOString()
    .slice(0, 10)
    .split('-');
  return (order === 'dmy' ? [day, month, year] : [year, month, day]).join(separator);
}

describe('the sidebars’ forms in the workbench', () => {
  it('in French: New meeting and Generate minutes say a wrong date and a missing confirmation beside them; New meeting emails and schedules by default', async () => {
    await workbookIn('fr', [
      ['Amina Diallo', 'Maison des Associations', 'amina@example.org'],
      ['Lars Berg', 'Röda Korset', 'lars@example.se'],
    ]);
    const newMeeting = await openSidebar('menu.newMeeting', say('newMeeting.date'));
    const date = newMeeting.getByLabel(say('newMeeting.date'), { exact: true });
    await expect(date.getAttribute('placeholder')).resolves.toBe('jj/mm/aaaa');
    // On by default: the members have addresses.
    const email = newMeeting.getByLabel(say('newMeeting.emailInvitation'), { exact: true });
    const calendar = newMeeting.getByLabel(say('newMeeting.addToCalendar'), { exact: true });
    await expect(email.isChecked()).resolves.toBe(true);
    await expect(calendar.isChecked()).resolves.toBe(true);

    const before = await calls();
    await date.fill('31/02/2027');
    await newMeeting.getByRole('button', { name: say('newMeeting.create') }).click();
    await expectMistakeBeside(date, say('meeting.error.badDate', { value: '31/02/2027' }));
    await expect(calls()).resolves.toBe(before);

    // Typed as the French write it, the date is the meeting's; the members get the invitation and the event.
    const { now } = await state();
    await date.fill(typedDay(now, 14, 'dmy', '/'));
    await newMeeting.getByLabel(say('newMeeting.time'), { exact: true }).fill('10h30');
    await newMeeting.getByLabel(say('newMeeting.host'), { exact: true }).fill('Maison des Associations');
    await newMeeting.getByRole('button', { name: say('newMeeting.create') }).click();
    await newMeeting.getByText(say('newMeeting.created', { number: 1 })).waitFor();
    const made = await state();
    const iso = typedDay(now, 14, 'ymd', '-');
    expect((await sheet('sheet.meetings'))?.values[1]).toEqual(expect.arrayContaining([iso, '10:30']));
    expect(made.mail).toEqual([
      expect.objectContaining({ to: expect.stringContaining('amina@example.org') }),
    ]);
    expect(made.events).toEqual([
      expect.objectContaining({ guests: expect.arrayContaining(['amina@example.org', 'lars@example.se']) }),
    ]);

    // The chair's minutes: an action's due date that is no day is said beside it, and no minutes are made.
    const agenda = made.documents.find((doc) => doc.name.includes(iso));
    await page.getByLabel('Open a file').selectOption({ label: `Docs · ${agenda?.name}` });
    const minutes = await openSidebar('menu.generateMinutes', say('minutes.comment'));
    const first = minutes.getByRole('group', { name: say('agenda.welcome'), exact: true });
    await first.getByRole('button', { name: say('minutes.addAction') }).click();
    await first.getByLabel(say('minutes.action'), { exact: true }).fill('Réserver la salle');
    await first
      .getByLabel(say('minutes.owner'), { exact: true })
      .selectOption({ label: 'Lars Berg — Röda Korset' });
    const due = first.getByLabel(say('minutes.due'), { exact: true });
    await expect(due.getAttribute('placeholder')).resolves.toBe('jj/mm/aaaa');
    await due.fill('31/04/2027');
    const documents = (await state()).documents.length;
    const beforeMinutes = await calls();
    await minutes.getByRole('button', { name: say('minutes.generate'), exact: true }).click();
    await expectMistakeBeside(
      due,
      say('minutes.error.badDue', { value: '31/04/2027', action: 'Réserver la salle' }),
    );
    await expect(calls()).resolves.toBe(beforeMinutes);
    expect((await state()).documents).toHaveLength(documents);

    // The meeting is still to come: generating its minutes waits for the chair's word, asked for beside the choice.
    await due.fill('15/04/2027');
    await minutes.getByRole('button', { name: say('minutes.generate'), exact: true }).click();
    const early = minutes.getByRole('checkbox', {
      name: say('continuity.early', { date: longDate(iso, 'fr') }),
    });
    await expectMistakeBeside(early, say('continuity.error.early', { date: longDate(iso, 'fr') }));
    await expect(calls()).resolves.toBe(beforeMinutes);
    await early.check();
    await minutes.getByRole('button', { name: say('minutes.generate'), exact: true }).click();
    await minutes.getByText(say('minutes.generated', { count: 1 })).waitFor();
    const plan = await sheet('sheet.actionPlan');
    expect(plan?.values.find((row) => row.includes('Réserver la salle'))).toContain('2027-04-15');
    // The form comes back from what was stored: the due date in the French order again.
    await expect(
      first.getByLabel(say('minutes.due'), { exact: true }).inputValue({ timeout: 30_000 }),
    ).resolves.toBe('15/04/2027');
  });

  it('in Dutch: Alliance profile, Add action, Show actions of… and Personal data… say the mistake beside the field; dates read day-month-year', async () => {
    await workbookIn('nl', [['Noor Haddad', 'Buurtwerk', '']]);
    const profile = await openSidebar('menu.allianceProfile', say('profile.allianceName'));
    const start = profile.getByLabel(say('profile.workPlanStart'), { exact: true });
    const end = profile.getByLabel(say('profile.workPlanEnd'), { exact: true });
    await expect(start.getAttribute('placeholder')).resolves.toBe('dd-mm-jjjj');
    await start.fill('01-06-2027');
    await end.fill('01-01-2027');
    let before = await calls();
    await profile.getByRole('button', { name: say('profile.save') }).click();
    await expectMistakeBeside(end, say('profile.error.endBeforeStart'));
    await expect(calls()).resolves.toBe(before);
    // Changing the field takes its mark away; saved, the dates are the ones meant, shown again in the Dutch order.
    await end.fill('30.6.2028');
    await expect(end.getAttribute('aria-invalid')).resolves.toBeNull();
    await profile.getByRole('button', { name: say('profile.save') }).click();
    await profile.getByText(say('profile.saved')).waitFor();
    const saved = await bench.api<{ value: { profile: { workPlanStart: string; workPlanEnd: string } } }>(
      'POST',
      '/api/run',
      { fn: 'getProfileForm', args: [] },
    );
    expect(saved.body.value.profile).toMatchObject({
      workPlanStart: '2027-06-01',
      workPlanEnd: '2028-06-30',
    });
    // Opened again, the form shows what was stored, in the Dutch order, whatever way it was typed.
    const again = await openSidebar('menu.allianceProfile', say('profile.allianceName'));
    await again.getByText(say('profile.saved')).waitFor({ state: 'detached' });
    await expect(again.getByLabel(say('profile.workPlanEnd'), { exact: true }).inputValue()).resolves.toBe(
      '30-06-2028',
    );

    const addAction = await openSidebar('menu.addAction', say('addAction.action'));
    await addAction.getByLabel(say('addAction.action'), { exact: true }).fill('Zaal boeken');
    const addStart = addAction.getByLabel(say('addAction.start'), { exact: true });
    await addStart.fill('31-04-2027');
    const rows = (await sheet('sheet.actionPlan'))?.values.length;
    before = await calls();
    await addAction.getByRole('button', { name: say('addAction.add') }).click();
    await expectMistakeBeside(addStart, say('addAction.error.badDate', { value: '31-04-2027' }));
    await expect(calls()).resolves.toBe(before);
    expect((await sheet('sheet.actionPlan'))?.values).toHaveLength(rows ?? -1);

    const showActions = await openSidebar('menu.showActionsOf', say('showActions.member'));
    before = await calls();
    await showActions.getByRole('button', { name: say('showActions.show') }).click();
    await expectMistakeBeside(
      showActions.getByLabel(say('showActions.member'), { exact: true }),
      say('showActions.error.noMember'),
    );
    await expect(calls()).resolves.toBe(before);

    const personalData = await openSidebar('menu.personalData', say('personalData.person'));
    const person = personalData.getByLabel(say('personalData.person'), { exact: true });
    await person.fill('N');
    before = await calls();
    await personalData.getByRole('button', { name: say('personalData.find'), exact: true }).click();
    await expectMistakeBeside(person, say('personalData.error.tooShort', { min: 3 }));
    await expect(calls()).resolves.toBe(before);
  });

  it('in Swedish: New meeting without addresses keeps its choices off and says why; Reminders… installs and removes its trigger', async () => {
    await workbookIn('sv', [['Lars Berg', 'Röda Korset', '']]);
    const newMeeting = await openSidebar('menu.newMeeting', say('newMeeting.date'));
    const date = newMeeting.getByLabel(say('newMeeting.date'), { exact: true });
    await expect(date.getAttribute('placeholder')).resolves.toBe('åååå-mm-dd');
    for (const key of ['newMeeting.emailInvitation', 'newMeeting.addToCalendar'] as const) {
      const choice = newMeeting.getByLabel(say(key), { exact: true });
      await expect(choice.isChecked()).resolves.toBe(false);
      await expect(choice.isDisabled()).resolves.toBe(true);
      const reason = await choice.evaluate(
        (box) => document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent,
      );
      expect(reason).toBe(say('newMeeting.noEmails'));
    }
    await date.fill('2027-02-30');
    let before = await calls();
    await newMeeting.getByRole('button', { name: say('newMeeting.create') }).click();
    await expectMistakeBeside(date, say('meeting.error.badDate', { value: '2027-02-30' }));
    await expect(calls()).resolves.toBe(before);
    expect((await sheet('sheet.meetings'))?.values).toHaveLength(1);

    const reminders = await openSidebar('menu.reminders', say('reminders.hour'));
    const hour = reminders.getByLabel(say('reminders.hour'), { exact: true });
    // The page offers only whole hours; a form from elsewhere (or an old page) may not: the check speaks for it.
    await hour.evaluate((select: HTMLSelectElement) => {
      select.append(new Option('24:00', '24'));
      select.value = '24';
    });
    before = await calls();
    await reminders.getByRole('button', { name: say('reminders.save') }).click();
    await expectMistakeBeside(hour, say('reminders.error.badRequest'));
    await expect(calls()).resolves.toBe(before);
    expect((await state()).triggers).toEqual([]);

    // On, Friday at 8: one weekly trigger, listed in the Triggers panel; off removes it.
    const friday = say('reminders.weekdays').split(',')[4];
    await reminders.getByLabel(say('reminders.on'), { exact: true }).check();
    await reminders.getByLabel(say('reminders.weekday'), { exact: true }).selectOption({ label: friday });
    await hour.selectOption({ label: '08:00' });
    await reminders.getByRole('button', { name: say('reminders.save') }).click();
    await reminders.getByText(say('reminders.savedOn', { weekday: friday, hour: 8 })).waitFor();
    const [trigger, ...others] = (await state()).triggers;
    expect(others).toEqual([]);
    expect(trigger).toMatchObject({ handler: 'sendReminders', kind: 'CLOCK' });
    expect(trigger.schedule).toMatch(/^weekly on FRIDAY at 08:\d\d /);
    await page.getByRole('list', { name: 'Triggers' }).getByText('sendReminders', { exact: false }).waitFor();
    await reminders.getByLabel(say('reminders.on'), { exact: true }).uncheck();
    await reminders.getByRole('button', { name: say('reminders.save') }).click();
    await reminders.getByText(say('reminders.savedOff')).waitFor();
    expect((await state()).triggers).toEqual([]);
    // The page redraws its panels after the sidebar's call is answered: wait for it rather than read at once.
    await page.locator('#triggers-count', { hasText: '(0)' }).waitFor();
  });

  it('in English: a date field shows day/month/year, and a saved date comes back in that order', async () => {
    await workbookIn('en', [['Amina Diallo', 'Maison des Associations', '']]);
    await bench.api('POST', '/api/run', {
      fn: 'saveProfile',
      args: [
        {
          allianceName: 'Alliance Gironde',
          region: '',
          vision: '',
          workPlanStart: '2027-06-01',
          workPlanEnd: '2028-06-30',
          secretaryContact: '',
          logoUrl: '',
          renameDocuments: false,
        },
      ],
    });
    const profile = await openSidebar('menu.allianceProfile', say('profile.allianceName'));
    const start = profile.getByLabel(say('profile.workPlanStart'), { exact: true });
    await expect(start.getAttribute('placeholder')).resolves.toBe('dd/mm/yyyy');
    await expect(start.inputValue()).resolves.toBe('01/06/2027');
    await expect(profile.getByLabel(say('profile.workPlanEnd'), { exact: true }).inputValue()).resolves.toBe(
      '30/06/2028',
    );
  });
});
