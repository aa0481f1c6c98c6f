// Types for gas-local 1.3.1, which ships none: gasrequire.js runs every file of a folder in one vm context.
declare module 'gas-local' {
  /** Runs the folder's files (by default every `.js`, in directory order) in a vm context over `globals`, and returns that context. */
  export function require(
    folder: string,
    globals?: Record<string, unknown>,
    options?: { filter?(path: string): boolean },
  ): Record<string, unknown>;
}
