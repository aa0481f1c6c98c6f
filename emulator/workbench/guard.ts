// Which requests the workbench answers: only those addressed to it by a page of its own, so that no other web page
// the person has open (through DNS rebinding or a cross-origin form or fetch) can run the add-on or read the workspace.
import type { IncomingMessage } from 'node:http';
import { networkInterfaces } from 'node:os';

/** A request the workbench refuses to answer: `status` is 403 (not addressed to it) or 415 (not JSON). */
export interface Refusal {
  status: number;
  error: string;
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
const UNSPECIFIED = ['0.0.0.0', '::', ''];

/** The host names (as a Host header writes them) under which a browser on this machine reaches the workbench. */
export function ownHostNames(listenHost: string): string[] {
  const bracketed = (address: string) => (address.includes(':') ? `[${address}]` : address);
  if (UNSPECIFIED.includes(listenHost)) {
    const addresses = Object.values(networkInterfaces())
      .flatMap((each) => each ?? [])
      .map((each) => bracketed(each.address));
    return [...new Set([...LOOPBACK, ...addresses])];
  }
  const own = bracketed(listenHost);
  return ['127.0.0.1', '::1', 'localhost'].includes(listenHost) ? [...new Set([own, ...LOOPBACK])] : [own];
}

/**
 * Refuses a Host that is not the workbench's own (a rebound domain), an Origin that is not the workbench's
 * (another site's page), and a POST whose body is not declared application/json: a cross-origin form or a
 * "simple" fetch can send text/plain without asking, application/json needs a CORS preflight the workbench
 * never grants (https://fetch.spec.whatwg.org/#cors-safelisted-request-header).
 */
export function refusal(request: IncomingMessage, hostNames: string[], port: number): Refusal | null {
  const own = new Set(hostNames.map((name) => `${name}:${port}`.toLowerCase()));
  const host = (request.headers.host ?? '').toLowerCase();
  if (!own.has(host)) return { status: 403, error: 'This workbench answers only requests addressed to it' };
  const origin = request.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
    return { status: 403, error: 'This workbench answers only its own pages' };
  }
  if (request.method === 'POST') {
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json')
      return { status: 415, error: 'Send the request body as application/json' };
  }
  return null;
}
