// The add-on menu of each editor: which label calls which top-level function.
import { type Language, type MessageKey, t } from './i18n';

export type Host = 'sheets' | 'docs';

export interface MenuItem {
  label: MessageKey;
  fn: string;
}

/** Items in the order a user meets them; `null` is a separator. */
const MENUS: Record<Host, (MenuItem | null)[]> = {
  sheets: [
    { label: 'menu.setUpWorkbook', fn: 'setUpWorkbook' },
    { label: 'menu.allianceProfile', fn: 'openAllianceProfile' },
    null,
    { label: 'menu.newMeeting', fn: 'newMeeting' },
    { label: 'menu.makeCharter', fn: 'openCharter' },
    { label: 'menu.briefingDocument', fn: 'openBriefingDocument' },
    { label: 'menu.regionalPlan', fn: 'openRegionalPlan' },
    null,
    { label: 'menu.addAction', fn: 'openAddAction' },
    { label: 'menu.showActionsOf', fn: 'openShowActionsOf' },
    { label: 'menu.reminders', fn: 'openReminders' },
    { label: 'menu.refreshDashboard', fn: 'refreshDashboard' },
    { label: 'menu.exportMyMaps', fn: 'exportStakeholdersForMyMaps' },
    null,
    { label: 'menu.personalData', fn: 'openPersonalData' },
  ],
  docs: [{ label: 'menu.generateMinutes', fn: 'generateMinutes' }],
};

export interface Menu {
  title: string;
  items: ({ label: string; fn: string } | null)[];
}

export function menuFor(host: Host, language: Language): Menu {
  return {
    title: t(language, 'menu.title'),
    items: MENUS[host].map((item) => (item ? { label: t(language, item.label), fn: item.fn } : null)),
  };
}
