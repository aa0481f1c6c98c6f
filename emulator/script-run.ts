// The google.script.run boundary: which values may cross it, either way, and the copy each side gets.

const GUIDE =
  'https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values';

/**
 * "Legal parameters and return values are JavaScript primitives like a Number, Boolean, String, or null, as well as
 * JavaScript objects and arrays that are composed of primitives, objects and arrays. […] Requests fail if you attempt
 * to pass a Date, Function, DOM element besides a form, or other prohibited type, including prohibited types inside
 * objects or arrays. Objects that create circular references will also fail" (GUIDE, and the parameters of
 * https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)).
 * Answers where the first prohibited value sits and what it is, or null. Works on values of any realm (the add-on's
 * vm context, a sidebar's window): it never relies on instanceof.
 */
export function prohibitedValue(value: unknown, path = ''): { path: string; type: string } | null {
  return check(value, path, new Set());
}

function check(value: unknown, path: string, ancestors: Set<object>): { path: string; type: string } | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return null;
  if (typeof value === 'function') return { path, type: 'Function' };
  if (typeof value !== 'object') return { path, type: typeof value };
  if (ancestors.has(value)) return { path, type: 'circular reference' };
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  let entries: [string, unknown][];
  if (Array.isArray(value)) {
    entries = value.map((item, index) => [`[${index}]`, item]);
  } else if (tag === 'Object' && isPlain(value)) {
    entries = Object.entries(value).map(([key, item]) => [`.${key}`, item]);
  } else {
    return { path, type: tag === 'Object' ? className(value) : tag };
  }
  ancestors.add(value);
  try {
    for (const [step, item] of entries) {
      const found = check(item, path + step, ancestors);
      if (found) return found;
    }
    return null;
  } finally {
    ancestors.delete(value);
  }
}

/** An object literal or Object.create(null), of whichever realm. */
function isPlain(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  return (
    prototype === null ||
    (Object.getPrototypeOf(prototype) === null && prototype.constructor?.name === 'Object')
  );
}

function className(value: object): string {
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'Object';
}

/**
 * The failure of a call that passes (or a server function that returns) a prohibited value. Google documents that
 * the request fails but not the message; this one names the value and where it sits.
 */
export function boundaryError(direction: 'argument' | 'return', value: unknown, index = 0): Error | null {
  const found = prohibitedValue(value);
  if (!found) return null;
  const where =
    direction === 'argument'
      ? `argument ${index + 1}${found.path ? `, at ${found.path}` : ''}`
      : `the value returned${found.path ? `, at ${found.path}` : ''}`;
  const article = /^([AEIOU]|HTML)/i.test(found.type) ? 'an' : 'a';
  return new Error(
    `google.script.run cannot pass ${article} ${found.type} (${where}): legal values are numbers, booleans, strings, null, and objects and arrays made of them (${GUIDE}).`,
  );
}

/**
 * The copy the other side receives, once the values are legal: "an object passed to the server becomes a copy of the
 * original", and "undefined fields within arrays become null" (GUIDE). JSON makes exactly that copy of legal values.
 */
export function crossed(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
