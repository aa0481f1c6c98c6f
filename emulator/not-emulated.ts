// The script's view of the emulated services: a method Google has and the emulator lacks fails naming itself.
import { SCRIPT_CLASS, scriptError } from './core';
import { type GasTypes, gasTypes } from './gas-types';

/** Where a developer finds what the emulator covers, class by class. */
export const COVERAGE_FILE = 'docs/emulator-coverage.md';

/** The error for a method of Google's reference the emulator does not have, instead of "… is not a function". */
export function notEmulated(className: string, method: string): Error {
  return scriptError(`${className}.${method} is not emulated (${COVERAGE_FILE} lists what is).`);
}

/**
 * Wraps the globals a script sees so that every object an emulated method returns is seen as the class Google's
 * declarations say it returns: calling a method that class has and the emulator lacks throws notEmulated. Emulated
 * methods run on the emulator's own objects (arguments are unwrapped), so their call counting and checks are
 * unchanged; a name Google does not have either stays undefined, as in Apps Script.
 */
export function scriptGlobals(globals: Record<string, unknown>): Record<string, unknown> {
  const types = gasTypes();
  const membrane = new Membrane(types);
  return Object.fromEntries(
    Object.entries(globals).map(([name, value]) => {
      const className = types.globals.get(name);
      return [name, className ? membrane.wrap(value, className) : value];
    }),
  );
}

class Membrane {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(private readonly types: GasTypes) {}

  wrap(value: unknown, declared: string): unknown {
    if (typeof value !== 'object' || value === null) return value;
    if (Array.isArray(value)) return value.map((item) => this.wrap(item, declared));
    const known = this.proxies.get(value);
    if (known) return known;
    // Docs' elements say which class they are, more precisely than a method's declared Element.
    const own = (value as { [SCRIPT_CLASS]?: unknown })[SCRIPT_CLASS];
    const precise = typeof own === 'string' ? own.replace(/^DocumentApp\./, 'Document.') : declared;
    const cls = this.types.classes.get(precise) ?? this.types.classes.get(declared);
    if (!cls) return value;
    const proxy = new Proxy(value, {
      get: (target, property) => {
        const found = Reflect.get(target, property, target);
        if (typeof property !== 'string') return found;
        const method = cls.methods.get(property);
        if (found === undefined && method) {
          return () => {
            throw notEmulated(cls.name, property);
          };
        }
        if (typeof found !== 'function') return found;
        return (...args: unknown[]) => {
          const result = (found as (...values: unknown[]) => unknown).apply(target, args.map(this.unwrap));
          return method?.returns ? this.wrap(result, method.returns) : result;
        };
      },
    });
    this.proxies.set(value, proxy);
    this.targets.set(proxy, value);
    return proxy;
  }

  /** What the emulator gets back: its own object for one it handed out, arrays of them too. */
  private readonly unwrap = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(this.unwrap);
    return (typeof value === 'object' && value !== null && this.targets.get(value)) || value;
  };
}
