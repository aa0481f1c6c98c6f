// MailApp for the emulator: mail is sent into an outbox the tests and the workbench read, within Google's daily quota.
import { parametersMismatch, scriptError } from '../core';
import { isEmailAddress } from '../people';
import { SCOPE } from '../scopes';
import type { ServiceRegistration, ServiceState } from '../service';
import type { Workspace } from '../workspace';

/** One mail as it left: addresses as the script gave them, `at` an ISO instant of the emulated clock. */
export interface SentMail {
  from: string;
  /** The sender's name as recipients see it: options.name, else the sender's display name. */
  fromName: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  at: string;
}

export interface MailState {
  outbox: SentMail[];
}

/**
 * "Email recipients per day: 100" for a consumer account; every address in to, cc and bcc counts
 * (https://developers.google.com/apps-script/guides/services/quotas#current_quotas). The emulator counts over the
 * last 24 hours of its clock.
 */
export const DAILY_RECIPIENTS = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Apps Script's message once the quota is spent (https://groups.google.com/g/adwords-scripts/c/XPHTRpW1BKA). */
export const QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

const addresses = (list: string) =>
  list
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');

const recipientsOf = (mail: Pick<SentMail, 'to' | 'cc' | 'bcc'>) =>
  addresses(mail.to).length + addresses(mail.cc).length + addresses(mail.bcc).length;

function remaining(ws: Workspace): number {
  const since = ws.now().getTime() - DAY_MS;
  const used = ws.mail.outbox
    .filter((mail) => mail.from === ws.email && Date.parse(mail.at) > since)
    .reduce((total, mail) => total + recipientsOf(mail), 0);
  return DAILY_RECIPIENTS - used;
}

type Options = GoogleAppsScript.Mail.MailAdvancedParameters;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The four documented forms of sendEmail, as one message (https://developers.google.com/apps-script/reference/mail/mail-app). */
function messageOf(args: unknown[]): Options {
  const strings = (count: number) => args.slice(0, count).every((arg) => typeof arg === 'string');
  if (args.length === 1 && isObject(args[0])) return args[0] as Options;
  if (args.length === 3 && strings(3)) {
    const [to, subject, body] = args as string[];
    return { to, subject, body };
  }
  if (args.length === 4 && strings(3) && isObject(args[3])) {
    const [to, subject, body] = args as string[];
    return { ...(args[3] as Options), to, subject, body };
  }
  if (args.length === 4 && strings(4)) {
    const [to, replyTo, subject, body] = args as string[];
    return { to, replyTo, subject, body };
  }
  throw parametersMismatch('MailApp.sendEmail', args);
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** https://developers.google.com/apps-script/reference/mail/mail-app */
export function createMailApp(
  ws: Workspace,
): Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  return {
    /** https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota() */
    getRemainingDailyQuota(): number {
      ws.calls.hit('mail', 'MailApp.getRemainingDailyQuota');
      return Math.max(0, remaining(ws));
    },
    /**
     * Sends at once, or throws without sending: a message with no recipient, an address that is not one, or more
     * recipients than the day's quota has left.
     */
    sendEmail(...args: unknown[]): void {
      ws.calls.hit('mail', 'MailApp.sendEmail');
      const message = messageOf(args);
      const mail: SentMail = {
        from: ws.email,
        fromName: text(message.name) || ws.person().name,
        to: text(message.to),
        cc: text(message.cc),
        bcc: text(message.bcc),
        replyTo: text(message.replyTo),
        subject: text(message.subject),
        body: text(message.body),
        htmlBody: message.htmlBody === undefined ? null : text(message.htmlBody),
        at: ws.now().toISOString(),
      };
      const all = [mail.to, mail.cc, mail.bcc, mail.replyTo].flatMap(addresses);
      for (const address of all) if (!isEmailAddress(address)) throw scriptError(`Invalid email: ${address}`);
      if (recipientsOf(mail) === 0) throw scriptError('Failed to send email: no recipient');
      if (recipientsOf(mail) > remaining(ws)) throw scriptError(QUOTA_MESSAGE);
      ws.mail.outbox.push(mail);
    },
  };
}

export const mailState: ServiceState<MailState> = {
  key: 'mail',
  create: () => ({ outbox: [] }),
  toJSON: (state) => structuredClone(state),
  fromJSON: (json) => structuredClone(json as MailState),
};

export const mailService: ServiceRegistration = {
  name: 'MailApp',
  reference: 'mail',
  // Both methods (https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()).
  scopes: { '*': [SCOPE.sendMail] },
  globals: (ws) => ({ MailApp: createMailApp(ws) }),
  state: mailState,
};
