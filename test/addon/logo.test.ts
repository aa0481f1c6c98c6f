// The alliance's logo at the top of every Doc the kit makes, fetched once per action; a logo that cannot be had
// leaves the Docs without it and the message says so; no logo, no request.
import { workbenchState } from '../../emulator/workbench/view';
import type {
  CreatedMeeting,
  GeneratedMinutes,
  MadeDocument,
  MinutesForm,
  NewMeetingForm,
} from '../../src/domain/api';
import { type Language, t } from '../../src/domain/i18n';
import type { LoadedAddon } from '../support/addon';
import {
  LOGO_CALL_BUDGET,
  MINUTES_CALL_BUDGET,
  NEW_MEETING_CALL_BUDGET,
  WORKBOOK_DOCUMENT_CALL_BUDGET,
} from '../support/budgets';
import { documentAt } from '../support/docs';
import { LOGO_URL, pngOfSize } from '../support/logo';
import { alliance, asChair, asSecretary, filledIn, newMeeting } from '../support/minutes';
import { PROFILE } from '../support/profile';

/** A set-up workbook whose profile gives this logo address; `serve` puts (or not) something there. */
function withLogo(language: Language, serve: (addon: LoadedAddon) => void): LoadedAddon {
  const addon = alliance(language);
  serve(addon);
  addon.run('saveProfile', { ...PROFILE, logoUrl: LOGO_URL, renameDocuments: false });
  return asSecretary(addon);
}

const servedPng = (addon: LoadedAddon) =>
  addon.ws.web.serve(LOGO_URL, { contentType: 'image/png', bytes: pngOfSize(600, 300) });

/** Runs one user action and answers what it gave and how many times it fetched. */
function fetching<T>(
  addon: LoadedAddon,
  fn: string,
  ...args: unknown[]
): { result: T; fetches: number; calls: number } {
  const before = addon.ws.calls.byMethod['UrlFetchApp.fetch'] ?? 0;
  const calls = addon.ws.calls.total;
  const result = addon.run<T>(fn, ...args);
  return {
    result,
    fetches: (addon.ws.calls.byMethod['UrlFetchApp.fetch'] ?? 0) - before,
    calls: addon.ws.calls.total - calls,
  };
}

/** New meeting with the proposed agenda, its fetches counted. */
function meeting(addon: LoadedAddon) {
  const form = addon.run<NewMeetingForm>('getNewMeetingForm');
  return fetching<CreatedMeeting>(addon, 'createMeeting', {
    date: '2027-03-15',
    time: '10:00',
    place: 'Bordeaux',
    host: '',
    chair: 'Amina Diallo',
    agenda: form.agenda,
  });
}

/** The Doc as GET /api/state shows it: its images, and whether the first thing in it is one. */
function shown(addon: LoadedAddon, url: string) {
  const id = documentAt(addon, url).id;
  const view = workbenchState(addon.ws, { version: '', sidebarKey: '' }).documents.find(
    (doc) => doc.id === id,
  );
  if (!view) throw new Error(`No document ${url}`);
  return { images: view.images, first: view.blocks[0]?.kind, text: view.text };
}

/** The calls a logo may add to an action making this many Docs. */
const logoCalls = (documents: number) => LOGO_CALL_BUDGET.action + documents * LOGO_CALL_BUDGET.document;

const LOGO = [{ contentType: 'image/png', width: 120, height: 60 }];

describe('The alliance’s logo on its documents', () => {
  const secretary = withLogo('en', servedPng);
  let created: CreatedMeeting;

  it('tops the agenda and the invitation of New meeting, 120 pixels wide, fetched once for both, within budget', () => {
    const { result, fetches, calls } = meeting(secretary);
    created = result;
    expect(fetches).toBe(1);
    expect(calls).toBeLessThanOrEqual(NEW_MEETING_CALL_BUDGET.create + logoCalls(2));
    for (const url of [created.agenda.url, created.invitation.url]) {
      expect(shown(secretary, url)).toMatchObject({ images: LOGO, first: 'image' });
    }
    expect(created.reached.join(' ')).not.toContain(t('en', 'document.noLogo'));
  });

  it('tops the minutes, fetched once, within budget', () => {
    const chair = asChair(secretary, created.agenda.url);
    const form = chair.run<MinutesForm>('getMinutesForm');
    const { result, fetches, calls } = fetching<GeneratedMinutes>(
      chair,
      'saveMinutes',
      filledIn(form, ['Amina Diallo'], () => {}),
    );
    expect(fetches).toBe(1);
    expect(calls).toBeLessThanOrEqual(MINUTES_CALL_BUDGET + logoCalls(1));
    expect(shown(chair, result.document.url)).toMatchObject({ images: LOGO, first: 'image' });
    expect(result.message).toBe(t('en', 'minutes.generated', { count: 0 }));
  });

  it.each(['makeCharter', 'makeBriefingDocument', 'makeRegionalPlan'])(
    'tops the Doc of %s, made and made again, with one logo each time, within budget',
    (fn) => {
      const addon = asSecretary(secretary);
      const made = fetching<MadeDocument>(addon, fn);
      const again = fetching<MadeDocument>(addon, fn);
      expect([made.fetches, again.fetches]).toEqual([1, 1]);
      expect(Math.max(made.calls, again.calls)).toBeLessThanOrEqual(
        WORKBOOK_DOCUMENT_CALL_BUDGET + logoCalls(1),
      );
      expect(again.result.updated).toBe(true);
      expect(shown(addon, again.result.document.url)).toMatchObject({ images: LOGO, first: 'image' });
    },
  );

  it('keeps a logo narrower than 120 pixels at its own size', () => {
    const addon = withLogo('en', (each) =>
      each.ws.web.serve(LOGO_URL, { contentType: 'image/gif', bytes: pngOfSize(80, 40) }),
    );
    // Served as a GIF but holding PNG bytes: Docs reads the bytes, and so does the emulator.
    const made = addon.run<MadeDocument>('makeCharter');
    expect(shown(addon, made.document.url).images).toEqual([
      { contentType: 'image/gif', width: 80, height: 40 },
    ]);
  });
});

describe('A logo that cannot be had', () => {
  const cases: [string, (addon: LoadedAddon) => void][] = [
    [
      'an address that answers 404',
      (addon) => addon.ws.web.serve(LOGO_URL, { status: 404, contentType: 'text/html', bytes: 'Not found' }),
    ],
    [
      'a page that is no image',
      (addon) => addon.ws.web.serve(LOGO_URL, { contentType: 'text/html', bytes: '<html></html>' }),
    ],
    [
      'bytes Docs refuses, served as an image',
      (addon) => addon.ws.web.serve(LOGO_URL, { contentType: 'image/png', bytes: 'not a png' }),
    ],
    ['a host that does not resolve', () => {}],
  ];

  it.each(cases)('leaves the charter without it, and says so in English and French: %s', (_, serve) => {
    for (const language of ['en', 'fr'] as const) {
      const addon = withLogo(language, serve);
      const { result, fetches } = fetching<MadeDocument>(addon, 'makeCharter');
      expect(fetches).toBe(1);
      expect(result.message).toBe(`${t(language, 'charter.ready')} ${t(language, 'document.noLogo')}`);
      expect(shown(addon, result.document.url)).toMatchObject({ images: [], first: 'paragraph' });
    }
  });

  it('leaves New meeting’s two Docs without it, fetched once, and says so once', () => {
    const addon = withLogo('fr', cases[2][1]);
    const { result, fetches } = meeting(addon);
    expect(fetches).toBe(1);
    expect(result.reached).toEqual([t('fr', 'document.noLogo')]);
    for (const url of [result.agenda.url, result.invitation.url])
      expect(shown(addon, url).images).toEqual([]);
  });

  it('leaves the minutes without it, and says so after what was generated', () => {
    const addon = withLogo('en', cases[0][1]);
    const chair = asChair(addon, meeting(addon).result.agenda.url);
    const form = chair.run<MinutesForm>('getMinutesForm');
    const generated = chair.run<GeneratedMinutes>(
      'saveMinutes',
      filledIn(form, ['Amina Diallo'], () => {}),
    );
    expect(generated.message).toBe(
      `${t('en', 'minutes.generated', { count: 0 })} ${t('en', 'document.noLogo')}`,
    );
    expect(shown(chair, generated.document.url).images).toEqual([]);
  });
});

describe('No logo', () => {
  it('sends no request and the Docs are as before', () => {
    const addon = asSecretary(alliance('en'));
    const created = newMeeting(addon);
    const made = addon.run<MadeDocument>('makeRegionalPlan');
    expect(addon.ws.calls.byMethod['UrlFetchApp.fetch']).toBeUndefined();
    expect(made.message).toBe(t('en', 'regionalPlan.ready'));
    for (const url of [created.agenda.url, created.invitation.url, made.document.url])
      expect(shown(addon, url)).toMatchObject({ images: [], first: 'paragraph' });
  });
});
