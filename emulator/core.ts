// What every emulated service shares: the call counter and the Apps Script error type.

/**
 * Counts service calls the way Apps Script bills them: one per method called on a service object.
 * The workbench and tests look at the emulated files through `uncounted`, which a script cannot do.
 */
export class CallCounter {
  total = 0;
  byMethod: Record<string, number> = {};
  private pausedDepth = 0;

  hit(method: string): void {
    if (this.pausedDepth > 0) return;
    this.total += 1;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
  }

  uncounted<T>(work: () => T): T {
    this.pausedDepth += 1;
    try {
      return work();
    } finally {
      this.pausedDepth -= 1;
    }
  }

  reset(): void {
    this.total = 0;
    this.byMethod = {};
  }

  snapshot(): { total: number; byMethod: Record<string, number> } {
    return { total: this.total, byMethod: { ...this.byMethod } };
  }
}

/**
 * Apps Script reports service failures as plain `Error`s whose message is what the user sees
 * (https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors).
 */
export function scriptError(message: string): Error {
  return new Error(message);
}

/** Apps Script's "Invalid argument" family, raised when a parameter does not fit the method's signature. */
export function invalidArgument(name: string): Error {
  return scriptError(`Invalid argument: ${name}`);
}

/**
 * Apps Script enums are objects whose name is their string form; the emulator uses those names, which compare with
 * ===, print as Google's and stay JSON-safe.
 */
export function enumOf<const T extends string>(names: readonly T[]): Readonly<Record<T, T>> {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name])) as Record<T, T>);
}

/** The Java type name Apps Script reports for an argument in a signature error. */
function javaTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return Array.isArray(value[0]) ? 'Object[][]' : 'Object[]';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'Date';
  return 'Object';
}

/**
 * Apps Script's message when arguments fit none of a method's signatures, e.g. "The parameters (String,String,String)
 * don't match the method signature for Utilities.formatDate."
 * (https://developers.google.com/apps-script/guides/support/troubleshooting).
 */
export function parametersMismatch(method: string, args: unknown[]): Error {
  return scriptError(
    `The parameters (${args.map(javaTypeName).join(',')}) don't match the method signature for ${method}.`,
  );
}
