// The stated budgets of service calls per user action, shared by the budget tests and `npm run bench`.

/** Set-up's calls: the first run (nine sheets with their checks, formats and rules) and any run again. */
export const SETUP_CALL_BUDGET = { firstRun: 800, again: 500 };

/**
 * Generate minutes: loading its form, and generating 30 agenda items with 60 actions (first time or again), each on
 * its own, over an action plan of any length.
 */
export const MINUTES_CALL_BUDGET = 400;
