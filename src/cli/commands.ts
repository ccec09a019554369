/**
 * The commands, by name, each loaded only when it runs: `check --table`
 * must not pay for the loader, `validate` not for the renderer, and none
 * of them for ts-morph.
 *
 * @since 0.2.0
 */
import type { Command } from "./Command.ts"

/** A command's name and one-line summary, and how to load the rest. */
export interface CommandEntry {
  readonly summary: string
  readonly load: () => Promise<Command>
}

export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  validate: { summary: "check that policy files (YAML or JSON) are well-formed policies", load: async () => (await import("./validate.ts")).validateCommand },
  summary: { summary: "print a short overview of a policy", load: async () => (await import("./summary.ts")).summaryCommand },
  lint: { summary: "check policies against APPI (each finding cites its article)", load: async () => (await import("./lint.ts")).lintCommand },
  render: { summary: "render a policy as publishable prose (Markdown, HTML or text; Japanese, English or both)", load: async () => (await import("./render.ts")).renderCommand },
  diff: { summary: "what changed between two versions of a policy, and what the change obliges the operator to do", load: async () => (await import("./diff.ts")).diffCommand },
  compile: { summary: "compile a policy into the guard's decision table (JSON)", load: async () => (await import("./compile.ts")).compileCommand },
  check: { summary: "ask the guard whether a use or provision is allowed", load: async () => (await import("./check.ts")).checkCommand },
  codegen: { summary: "generate typed ids (TypeScript) for a policy", load: async () => (await import("./codegenTs.ts")).codegenCommand },
  scan: { summary: "check a TypeScript project's guard calls against a policy (for CI)", load: async () => (await import("./scan.ts")).scanCommand },
  export: { summary: "export a policy's guard to another authorisation system (Cedar)", load: async () => (await import("./exportCedar.ts")).exportCommand },
  import: { summary: "draft a policy document from an existing policy (text, Markdown or HTML), with a report", load: async () => (await import("./import.ts")).importCommand }
}
