/**
 * The commands, by name, each loaded only when it runs: `check --table`
 * must not pay for the loader, `validate` not for the renderer, and none
 * of them for ts-morph. Their summaries and help texts are in the catalog
 * (`catalog/`), which the top-level usage reads without loading any.
 *
 * @since 0.2.0
 */
import type { CommandName } from "./catalog/CliMessages.ts"
import type { Command } from "./Command.ts"

/** How to load each command. */
export const COMMANDS: { readonly [N in CommandName]: () => Promise<Command> } = {
  validate: async () => (await import("./validate.ts")).validateCommand,
  summary: async () => (await import("./summary.ts")).summaryCommand,
  lint: async () => (await import("./lint.ts")).lintCommand,
  render: async () => (await import("./render.ts")).renderCommand,
  diff: async () => (await import("./diff.ts")).diffCommand,
  compile: async () => (await import("./compile.ts")).compileCommand,
  check: async () => (await import("./check.ts")).checkCommand,
  codegen: async () => (await import("./codegenTs.ts")).codegenCommand,
  scan: async () => (await import("./scan.ts")).scanCommand,
  export: async () => (await import("./exportCedar.ts")).exportCommand,
  import: async () => (await import("./import.ts")).importCommand
}

/** Whether `name` is a command's. */
export const isCommandName = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name)
