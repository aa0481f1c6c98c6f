// The stated budgets of service calls per user action, shared by the budget tests and `npm run bench`.

/**
 * Set-up's calls: the first run (nine sheets with their checks, formats and rules, then the dashboard), any run
 * again (which finds every column by its header and changes nothing), and the one run again over a workbook an
 * earlier version made (its dropdowns and phone columns read and mended, the Guide's eleven missing tasks appended one
 * atomic appendRow each, a Members column added, the dashboard redrawn).
 */
export const SETUP_CALL_BUDGET = { firstRun: 450, again: 120, upgrade: 320 };

/**
 * New meeting: loading its form; creating the meeting with its two Docs and refreshing the dashboard, then reaching
 * the members: who is at work, the Docs shared, the quota checked, the invitation emailed and the event added (seven
 * calls, whatever the number of members). Creating was 120 before it became retry-safe: 17 calls went to recording
 * each step under the request id (seven property calls, two Doc ids), numbering the row under the script lock with
 * the Meetings rows read again in it and its row found (six), and writing the Docs' links into the row written first (two).
 */
export const NEW_MEETING_CALL_BUDGET = { form: 30, create: 137 };

/** Refresh dashboard: six tables read, the Dashboard sheet written in one block, its charts kept once drawn. */
export const DASHBOARD_CALL_BUDGET = 50;

/**
 * Generate minutes: loading its form, and generating 30 agenda items with 60 actions (first time or again, each
 * with a dashboard refresh), each on its own, over an action plan of any length. New actions are appended one
 * atomic appendRow each (see Table.append), so the first generation grows with the actions agreed, never with the
 * rows already in the Action plan.
 */
export const MINUTES_CALL_BUDGET = 200;

/**
 * Alliance profile: loading its form (the workbook's Docs opened to be named) and saving it (with the dashboard
 * refresh); Make charter, Briefing document and the regional action plan, made or made again in place.
 */
export const PROFILE_CALL_BUDGET = { form: 20, save: 170 };
export const WORKBOOK_DOCUMENT_CALL_BUDGET = 110;
/**
 * What a logo in the Alliance profile adds, only then, to an action that makes Docs: fetching it once (fetch, getBlob,
 * getContentType) and placing it in each Doc (asParagraph, appendInlineImage, setWidth, setHeight, and getWidth,
 * getHeight in the first, less the removeFromParent of the empty first paragraph it fills).
 */
export const LOGO_CALL_BUDGET = { action: 3, document: 5 };

/**
 * Reminders: one weekly run reads Members and the Action plan once, records who it reached and sends one email per
 * owner with actions due (ten here), over an action plan of any length.
 */
export const REMINDERS_CALL_BUDGET = 80;

/**
 * Personal data…: a search reads each of the nine sheets once and each Doc the workbook records once (a member at two
 * meetings: six Docs); the erasure adds, per sheet and per Doc that mentions the person, a few writes, and the record.
 * Flat in rows: no call is made per row.
 */
export const PERSONAL_DATA_CALL_BUDGET = { find: 90, erase: 160 };
