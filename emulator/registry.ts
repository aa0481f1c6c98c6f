// The emulated services, each registered beside its code: adding a service to the emulator is one line here.
import { documentService } from './document';
import { sharingService } from './people';
import { scopesIn } from './scopes';
import type { ServiceRegistration } from './service';
import { calendarService } from './services/calendar';
import { htmlService } from './services/html';
import { lockService } from './services/lock';
import { loggerService } from './services/logger';
import { mailService } from './services/mail';
import { propertiesService } from './services/properties';
import { scriptService } from './services/script';
import { sessionService } from './services/session';
import { uiService } from './services/ui';
import { urlFetchService } from './services/urlFetch';
import { utilitiesService } from './services/utilities';
import { spreadsheetService } from './spreadsheet';

export const SERVICES: readonly ServiceRegistration[] = [
  spreadsheetService,
  documentService,
  uiService,
  htmlService,
  propertiesService,
  lockService,
  sessionService,
  utilitiesService,
  loggerService,
  sharingService,
  mailService,
  calendarService,
  scriptService,
  urlFetchService,
];

/** The scopes Google's reference lists for a method of a service (see ScopeTable); none when it lists none. */
export function scopesFor(reference: string, method: string): readonly string[] {
  for (const service of SERVICES) {
    if (service.reference !== reference || !service.scopes) continue;
    const scopes = scopesIn(service.scopes, method);
    if (scopes) return scopes;
  }
  return [];
}
