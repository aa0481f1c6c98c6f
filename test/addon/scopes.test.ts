// The manifest's oauthScopes hold: each is needed by a flow, and without it those flows fail as Apps Script fails them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAddon } from '../../emulator/addon-runtime';
import { Workspace } from '../../emulator/workspace';
import type { CreatedMeeting, NewMeetingForm } from '../../src/domain/api';
import { buildDir } from '../support/addon';
import { documentAt } from '../support/docs';
import { LOGO_URL, pngOfSize } from '../support/logo';
import { PROFILE } from '../support/profile';
import { appendRows, setUpAlliance } from '../support/workbook';

const MANIFEST_SCOPES: string[] = JSON.parse(
  readFileSync(join(buildDir, 'appsscript.json'), 'utf8'),
).oauthScopes;

interface Flow {
  name: string;
  /** The file the person has open. */
  in: 'workbook' | 'agenda';
  steps(run: <T>(fn: string, ...args: unknown[]) => T): void;
}

const FLOWS: Flow[] = [
  {
    name: 'Show actions of…',
    in: 'workbook',
    steps: (run) => {
      run('openShowActionsOf');
      run('showActionsOf', 'Amina Diallo');
    },
  },
  {
    name: 'New meeting',
    in: 'workbook',
    steps: (run) => {
      run('newMeeting');
      const form = run<NewMeetingForm>('getNewMeetingForm');
      run('createMeeting', {
        date: '2027-03-15',
        time: '10:00',
        place: 'Bordeaux',
        host: '',
        chair: '',
        agenda: form.agenda,
        email: true,
        calendar: true,
      });
    },
  },
  {
    name: 'Reminders…',
    in: 'workbook',
    steps: (run) => {
      run('openReminders');
      run('getRemindersForm');
      run('saveReminders', { on: true, weekday: 'MONDAY', hour: 9 });
    },
  },
  {
    name: 'Generate minutes',
    in: 'agenda',
    steps: (run) => {
      run('generateMinutes');
      run('getMinutesForm');
    },
  },
];

let saved: unknown;
let files: { workbook: string; agenda: string };

beforeAll(() => {
  const secretary = setUpAlliance('en');
  // A logo in the profile: New meeting and Generate minutes fetch it (script.external_request).
  secretary.ws.web.serve(LOGO_URL, { contentType: 'image/png', bytes: pngOfSize(600, 300) });
  secretary.run('saveProfile', { ...PROFILE, logoUrl: LOGO_URL, renameDocuments: false });
  appendRows(secretary, 'members', [
    {
      name: 'Amina Diallo',
      organisation: 'Maison des Associations',
      email: 'amina@example.org',
      consentRecordedOn: new Date('2027-01-05'),
    },
  ]);
  const form = secretary.run<NewMeetingForm>('getNewMeetingForm');
  const created = secretary.run<CreatedMeeting>('createMeeting', {
    date: '2027-03-01',
    time: '',
    place: 'Bordeaux',
    host: '',
    chair: '',
    agenda: form.agenda,
  });
  files = {
    workbook: secretary.ws.active?.fileId as string,
    agenda: documentAt(secretary, created.agenda.url).id,
  };
  saved = JSON.parse(JSON.stringify(secretary.ws.toJSON()));
});

/**
 * Runs a flow on a copy of the set-up workspace under a manifest with these scopes: what the person is told went
 * wrong (a menu action's failure is an alert, a sidebar call's a thrown error), and the scopes the calls used.
 */
function attempt(flow: Flow, oauthScopes: string[]): { error: string | null; used: Set<string> } {
  const ws = Workspace.fromJSON(structuredClone(saved) as ReturnType<Workspace['toJSON']>, {
    htmlDir: buildDir,
  });
  ws.open({ host: flow.in === 'workbook' ? 'sheets' : 'docs', fileId: files[flow.in] });
  const alertsBefore = ws.ui.alerts.length;
  let error: string | null = null;
  try {
    flow.steps((fn, ...args) => loadAddon(ws, buildDir, { oauthScopes }).run(fn, ...args));
  } catch (thrown) {
    error = (thrown as Error).message;
  }
  const alert = ws.ui.alerts.slice(alertsBefore).find((shown) => shown.message.includes('permission'));
  return { error: alert?.message ?? error, used: ws.scopesUsed };
}

describe('OAuth scopes (https://developers.google.com/apps-script/concepts/scopes)', () => {
  it('lets every flow run with the manifest as it is, and each of its scopes is used', () => {
    const used = new Set<string>();
    for (const flow of FLOWS) {
      const { error, used: flowUsed } = attempt(flow, MANIFEST_SCOPES);
      expect([flow.name, error]).toEqual([flow.name, null]);
      for (const scope of flowUsed) used.add(scope);
    }
    expect([...used].sort()).toEqual([...MANIFEST_SCOPES].sort());
  });

  const needs: Record<string, string[]> = {
    'https://www.googleapis.com/auth/spreadsheets': [
      'Show actions of…',
      'New meeting',
      'Reminders…',
      'Generate minutes',
    ],
    'https://www.googleapis.com/auth/documents': ['New meeting', 'Generate minutes'],
    // The profile's logo, fetched for the agenda and invitation (Generate minutes' flow here only opens the form).
    'https://www.googleapis.com/auth/script.external_request': ['New meeting'],
    'https://www.googleapis.com/auth/script.container.ui': [
      'Show actions of…',
      'New meeting',
      'Reminders…',
      'Generate minutes',
    ],
    'https://www.googleapis.com/auth/userinfo.email': ['New meeting', 'Reminders…', 'Generate minutes'],
    'https://www.googleapis.com/auth/script.send_mail': ['New meeting'],
    'https://www.googleapis.com/auth/calendar': ['New meeting'],
    'https://www.googleapis.com/auth/script.scriptapp': ['Reminders…'],
  };

  it.each(MANIFEST_SCOPES)(
    'without %s, the flows that need it fail with Apps Script’s permission error',
    (scope) => {
      const without = MANIFEST_SCOPES.filter((granted) => granted !== scope);
      const failed = FLOWS.flatMap((flow) => {
        const { error } = attempt(flow, without);
        if (error === null) return [];
        expect(error).toMatch(/You do not have permission to call [\w.]+\. Required permissions: /);
        expect(error).toContain(scope);
        return [flow.name];
      });
      expect(failed).toEqual(needs[scope]);
    },
  );
});
