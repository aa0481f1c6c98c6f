// Apps Script's classes and methods as @types/google-apps-script declares them: what a script may call, emulated or not.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A class of Google's reference, e.g. "Spreadsheet.Range": its methods and the class each one returns, if any. */
export interface GasClass {
  name: string;
  /** Method name → the class it returns ("Spreadsheet.Range", or null for a primitive, void or a type not parsed). */
  methods: Map<string, { returns: string | null; array: boolean; noArguments: boolean }>;
}

export interface GasTypes {
  classes: Map<string, GasClass>;
  /** Global name → its class, e.g. "SpreadsheetApp" → "Spreadsheet.SpreadsheetApp". */
  globals: Map<string, string>;
}

let parsed: GasTypes | null = null;

/**
 * Reads the declaration files once per process. They are regular (namespace at 4 spaces, interface at 8, members at
 * 12, one a line), so a line reader is enough and needs no compiler.
 */
export function gasTypes(): GasTypes {
  if (parsed) return parsed;
  const dir = dirname(require.resolve('@types/google-apps-script/package.json'));
  const classes = new Map<string, GasClass>();
  const globals = new Map<string, string>();
  const pending: { cls: GasClass; namespace: string; raw: string; extendsList: string[] }[] = [];
  for (const file of readdirSync(dir).filter((name) => /^google-apps-script\..*\.d\.ts$/.test(name))) {
    let namespace = '';
    let current: (typeof pending)[number] | null = null;
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const ns = /^ {4}namespace (\w+) \{/.exec(line);
      if (ns) namespace = ns[1];
      const iface = /^ {8}interface (\w+)(?:<[^>]*>)?(?: extends ([^{]+))? \{/.exec(line);
      if (iface && namespace) {
        const cls = { name: `${namespace}.${iface[1]}`, methods: new Map() };
        const extendsList = (iface[2] ?? '')
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean);
        current = { cls, namespace, raw: '', extendsList };
        classes.set(cls.name, cls);
        pending.push(current);
        continue;
      }
      if (/^ {8}\}/.test(line)) current = null;
      const method = /^ {12}(\w+)\??(?:<[^>]*>)?\((.*)\): (.+);$/.exec(line);
      if (method && current) {
        const returned = method[3].trim();
        const array = returned.endsWith('[]');
        const type = returned.replace(/\[\]$/, '').replace(/^GoogleAppsScript\./, '');
        const returns = /^[A-Z][\w.]*$/.test(type)
          ? type.includes('.')
            ? type
            : `${current.namespace}.${type}`
          : null;
        current.cls.methods.set(method[1], { returns, array, noArguments: method[2].trim() === '' });
      }
      const global = /^declare var (\w+): GoogleAppsScript\.([\w.]+);/.exec(line);
      if (global) globals.set(global[1], global[2]);
    }
  }
  // An interface has the methods of the ones it extends (Body extends Element...).
  for (const { cls, namespace, extendsList } of pending) {
    for (const parent of extendsList) {
      const inherited = classes.get(parent.includes('.') ? parent : `${namespace}.${parent}`);
      for (const [name, method] of inherited?.methods ?? [])
        if (!cls.methods.has(name)) cls.methods.set(name, method);
    }
  }
  parsed = { classes, globals };
  return parsed;
}
