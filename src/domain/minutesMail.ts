// The minutes by email: every member gets the link once, each owner the list of their new actions with due dates.
import type { DocumentLink, MinutesAction } from './api';
import { longDate } from './dates';
import type { Block } from './document';
import { type Language, t } from './i18n';
import { linkBlock, type Mail, mailOf } from './mail';
import type { MemberDetails } from './meeting';
import { reachOf } from './people';

/** What earlier generations already emailed, kept with the minutes so that generating again sends nothing twice. */
export interface MinutesMailed {
  /** Lower-case addresses that were sent the minutes' link. */
  members: string[];
  /** Ids of the actions whose owner was told of them. */
  actions: string[];
}

export interface MinutesMailPlan {
  mails: Mail[];
  mailed: MinutesMailed;
  /** Owners of new actions who have no email: the chair is told, nobody is skipped silently. */
  unreachableOwners: string[];
  /** Members who have no email, so were not sent the minutes. */
  unreachable: string[];
  /** Members, owners of new actions among them, whose consent to be emailed Members does not record. */
  noConsent: string[];
}

function actionTable(actions: readonly MinutesAction[], language: Language): Block {
  return {
    kind: 'table',
    header: [t(language, 'minutes.actionColumn'), t(language, 'minutes.dueColumn')],
    rows: actions.map((action) => [
      action.action,
      action.due ? longDate(action.due, language) : t(language, 'minutesMail.noDue'),
    ]),
  };
}

/**
 * The emails of one generation. An owner of new actions gets one email of their own (the link and their actions);
 * every other member not yet sent the link gets it in one group email. `resend` is the chair asking to send again what
 * went before.
 */
export function minutesMails(
  minutes: DocumentLink,
  actions: readonly MinutesAction[],
  members: readonly MemberDetails[],
  before: MinutesMailed | null,
  resend: boolean,
  language: Language,
): MinutesMailPlan {
  const already: MinutesMailed = resend || !before ? { members: [], actions: [] } : before;
  const sentTo = new Set(already.members);
  const toldOf = new Set(already.actions);
  const { reachable, unreachable, noConsent } = reachOf(members, true);
  const withoutConsent = new Set(noConsent.map((name) => name.trim().toLowerCase()));
  const emailOf = new Map(reachable.map((member) => [member.name.trim().toLowerCase(), member.email]));
  const subject = t(language, 'minutesMail.subject', { meeting: minutes.name });
  const intro: Block = {
    kind: 'paragraph',
    text: t(language, 'minutesMail.intro', { meeting: minutes.name }),
  };
  const link = linkBlock(t(language, 'minutesMail.link'), minutes);

  const byOwner = new Map<string, MinutesAction[]>();
  const unreachableOwners = new Set<string>();
  for (const action of actions) {
    if (action.owner === '' || toldOf.has(action.actionId)) continue;
    const email = emailOf.get(action.owner.trim().toLowerCase());
    if (!email && withoutConsent.has(action.owner.trim().toLowerCase())) continue;
    if (!email) {
      unreachableOwners.add(action.owner);
      continue;
    }
    byOwner.set(email, [...(byOwner.get(email) ?? []), action]);
  }

  const mails: Mail[] = [];
  for (const [email, owned] of byOwner) {
    const blocks: Block[] = [
      intro,
      link,
      { kind: 'heading', text: t(language, 'minutesMail.yourActions') },
      actionTable(owned, language),
    ];
    mails.push(mailOf([email], subject, blocks));
    sentTo.add(email.toLowerCase());
    for (const action of owned) toldOf.add(action.actionId);
  }
  const others = reachable.map((member) => member.email).filter((email) => !sentTo.has(email.toLowerCase()));
  if (others.length > 0) mails.push(mailOf(others, subject, [intro, link]));
  for (const email of others) sentTo.add(email.toLowerCase());

  const keep = (list: readonly string[], added: Set<string>) => [
    ...new Set([...(before ? list : []), ...added]),
  ];
  return {
    mails,
    mailed: { members: keep(before?.members ?? [], sentTo), actions: keep(before?.actions ?? [], toldOf) },
    unreachableOwners: [...unreachableOwners],
    unreachable,
    noConsent,
  };
}
