// What every emulated service shares: the call counter and the Apps Script error type.

/**
 * Counts service calls the way Apps Script bills them: one per method called on a service object.
 * The workbench and tests look at the emulated files through `uncounted`, which a script cannot do.
 */
export class CallCounter {
  total = 0;
  byMethod: Record<string, number> = {};
  /** Set by the workspace: refuses a call the manifest's scopes do not allow, before it is made. */
  authorize: ((service: string, method: string) => void) | null = null;
  /**
   * Set by emulator/interleave.ts: called as each counted call starts, before it is carried out, so another execution
   * can run while this one is suspended inside the call.
   */
  boundary: ((service: string, method: string) => void) | null = null;
  private pausedDepth = 0;

  /**
   * One call of a script to `method` ("Range.getValues", "SpreadsheetApp.openById") of the service Google's reference
   * files it under: the `<service>` of https://developers.google.com/apps-script/reference/<service>/… ("spreadsheet",
   * "document", "base"...), which keeps Sheets' Range apart from Docs' Range.
   */
  hit(service: string, method: string): void {
    if (this.pausedDepth > 0) return;
    this.authorize?.(service, method);
    this.total += 1;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
    this.boundary?.(service, method);
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

/** An Apps Script enum value: an object that prints, and serializes, as its name. */
export interface EnumValue<T extends string = string> {
  name(): T;
  ordinal(): number;
  compareTo(other: EnumValue): number;
  toString(): T;
  toJSON(): T;
}

const ENUM_VALUES = new WeakSet<object>();

/**
 * Apps Script enums are objects, not strings: `String(SpreadsheetApp.ProtectionType.SHEET)` and
 * `JSON.stringify(...)` give "SHEET", and each value has name(), ordinal(), compareTo(), toJSON()
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection-type). Being objects lets an enum
 * argument be told apart from a string one in overloads such as addDeveloperMetadata(key, value|visibility).
 */
export function enumOf<const T extends string>(names: readonly T[]): { readonly [K in T]: EnumValue<K> } {
  const entries = names.map((name, index) => {
    const value: EnumValue<T> = Object.freeze({
      name: () => name,
      ordinal: () => index,
      compareTo: (other: EnumValue) => index - other.ordinal(),
      toString: () => name,
      toJSON: () => name,
    });
    ENUM_VALUES.add(value);
    return [name, value];
  });
  return Object.freeze(Object.fromEntries(entries)) as { readonly [K in T]: EnumValue<K> };
}

export function isEnumValue(value: unknown): value is EnumValue {
  return typeof value === 'object' && value !== null && ENUM_VALUES.has(value);
}

/**
 * Emulated enum values stand for the enums @types/google-apps-script declares as TypeScript enums; this is the one
 * place that says so to the compiler.
 */
export function gasEnum<T>(value: EnumValue): T {
  return value as unknown as T;
}

/**
 * Facade classes name the Apps Script class they stand for under this key (e.g. "DocumentApp.Paragraph"), which is
 * how signature errors name an argument of that class.
 */
export const SCRIPT_CLASS = Symbol('scriptClass');

/** The type name Apps Script reports for an argument in a signature error: "String", "number", "number[]", "Object"... */
function scriptTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    // A one-dimensional array of numbers is reported as "number[]" (seen in the setValues error people post); a mix
    // of element types as Object.
    const names = new Set(value.map(scriptTypeName));
    return `${names.size === 1 ? [...names][0] : 'Object'}[]`;
  }
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'Date';
  const scriptClass = (value as { [SCRIPT_CLASS]?: unknown })[SCRIPT_CLASS];
  return typeof scriptClass === 'string' ? scriptClass : 'Object';
}

/**
 * Apps Script's message when arguments fit none of a method's signatures, e.g. "The parameters (String,String,String)
 * don't match the method signature for Utilities.formatDate." or "The parameters (number[]) don't match the method
 * signature for SpreadsheetApp.Range.setValues."
 * (https://developers.google.com/apps-script/guides/support/troubleshooting).
 */
export function parametersMismatch(method: string, args: unknown[]): Error {
  return scriptError(
    `The parameters (${args.map(scriptTypeName).join(',')}) don't match the method signature for ${method}.`,
  );
}
