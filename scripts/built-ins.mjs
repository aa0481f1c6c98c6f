// Built-ins newer than the build's target (ES2020) that Google does not document in Apps Script: the build refuses them.

/**
 * Google documents that Apps Script's V8 runtime has modern ECMAScript syntax, not which engine version it runs
 * (https://developers.google.com/apps-script/guides/v8-runtime), so a built-in from a later edition than the build's
 * target may be missing there and fail only in Google ("TypeError: Object.hasOwn is not a function"). Each entry is
 * the built-in and how it shows in the bundle.
 */
const NEWER_BUILT_INS = [
  ['String.prototype.replaceAll (ES2021)', /\.replaceAll\(/],
  ['Promise.any (ES2021)', /\bPromise\.any\b/],
  ['AggregateError (ES2021)', /\bAggregateError\b/],
  ['WeakRef (ES2021)', /\bWeakRef\b/],
  ['FinalizationRegistry (ES2021)', /\bFinalizationRegistry\b/],
  ['Object.hasOwn (ES2022)', /\bObject\.hasOwn\b/],
  ['Array.prototype.at (ES2022)', /\.at\(/],
  ['Array.prototype.findLast (ES2023)', /\.findLast(Index)?\(/],
  ['Array.prototype.toSorted, toReversed, toSpliced, with (ES2023)', /\.(toSorted|toReversed|toSpliced)\(/],
  ['Object.groupBy, Map.groupBy (ES2024)', /\b(Object|Map)\.groupBy\b/],
  ['Promise.withResolvers (ES2024)', /\bPromise\.withResolvers\b/],
  ['String.prototype.isWellFormed, toWellFormed (ES2024)', /\.(isWellFormed|toWellFormed)\(/],
  ['Array.fromAsync (ES2025)', /\bArray\.fromAsync\b/],
  ['structuredClone (a web API, not ECMAScript)', /\bstructuredClone\b/],
];

/** The newer built-ins `code` uses, by name; empty when there are none. */
export function newerBuiltIns(code) {
  return NEWER_BUILT_INS.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
}
