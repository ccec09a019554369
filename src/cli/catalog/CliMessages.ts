/**
 * The shape of a language's catalog of the CLI's words: each command's
 * one-line summary and whole `--help` text, the top-level usage, and the
 * usage errors, with named parameters where they carry values.
 *
 * The catalog is loaded by every command (the top-level usage lists the
 * summaries), so it imports nothing but the citation formatter and its own
 * layout: a value a help text shows that lives with a command's code (its
 * formats, the renderer's notation, the guard's recipient kinds) is passed
 * in by the command, which is loaded anyway when its help is printed.
 *
 * @since 0.3.0
 */

/** The commands, in the order the top-level usage lists them. @since 0.3.0 */
export const COMMAND_NAMES = ["validate", "summary", "lint", "render", "diff", "compile", "check", "codegen", "scan", "export", "import"] as const

/** @since 0.3.0 */
export type CommandName = (typeof COMMAND_NAMES)[number]

/** The values a command's help text shows that live with the command, by command (none for the others). @since 0.3.0 */
export interface UsageValues {
  readonly render: {
    /** `formatsUsage(RENDER_FORMATS)`. */
    readonly formats: string
    /** The renderer's `--numbering articles` and `--calendar` notation, as it writes them. */
    readonly articleOne: string
    readonly eraDate: string
    readonly gregorianDate: string
  }
  readonly diff: {
    readonly formats: string
    /** The Japanese changelog's title. */
    readonly changelogTitle: string
  }
  readonly check: { readonly recipients: ReadonlyArray<string> }
  readonly import: { readonly formats: string }
}

/** A command's help text: a function of its values, or of none. @since 0.3.0 */
export type Usage<N extends CommandName> = N extends keyof UsageValues ? (values: UsageValues[N]) => string : () => string

/** @since 0.3.0 */
export interface CommandWords<N extends CommandName> {
  /** One line, for the top-level usage. */
  readonly summary: string
  /** The whole `--help` text: synopsis, every option, exit status. */
  readonly usage: Usage<N>
}

/** A value that was not accepted, and the allowed value it is a slip of, if any. @since 0.3.0 */
export interface Slip {
  readonly value: string
  readonly suggestion: string | undefined
}

/** @since 0.3.0 */
export interface CliMessages {
  readonly main: {
    readonly usage: (params: { readonly commands: ReadonlyArray<{ readonly name: string; readonly summary: string }> }) => string
    readonly unknownCommand: (params: Slip) => string
    readonly seeCommands: string
    readonly unknownOption: (params: Slip) => string
    readonly seeOptions: (params: { readonly command: string }) => string
    /** parseArgs' complaint about an option's value (`node`: Node's own English). */
    readonly optionValue: (params: { readonly option: string; readonly problem: "missing" | "unexpected" | "ambiguous"; readonly node: string }) => string
  }
  readonly commands: { readonly [N in CommandName]: CommandWords<N> }
  /** The usage errors (exit 2) and the commands' own failures, after `appi-policy <command>: `. */
  readonly errors: {
    readonly notOneOf: (params: Slip & { readonly flag: string; readonly allowed: ReadonlyArray<string> }) => string
    readonly atLeastOneFile: string
    readonly exactlyOneFile: string
    readonly stdinOnce: string
    readonly unknownTarget: (params: { readonly target: string; readonly known: ReadonlyArray<string> }) => string
    readonly lint: { readonly ruleSetting: (params: { readonly argument: string }) => string }
    readonly render: { readonly notWritten: (params: { readonly count: number; readonly untranslated: boolean }) => string }
    readonly diff: {
      readonly oldAndNew: string
      readonly gitRevision: (params: { readonly value: string }) => string
      readonly gitOneFile: string
      readonly gitNotStdin: string
      readonly changesReach: (params: { readonly impact: string; readonly failOn: string }) => string
    }
    readonly check: {
      readonly request: string
      readonly cannotReadTable: (params: { readonly file: string; readonly reason: string }) => string
      /** The reason a table that was read cannot be used. */
      readonly notJson: string
    }
    readonly codegen: { readonly arguments: string }
    readonly export: { readonly arguments: string; readonly outDirectory: string }
    readonly scan: { readonly arguments: string }
    readonly import: {
      readonly oneFile: string
      readonly takesPath: (params: { readonly flag: string }) => string
      readonly oneToStdout: string
    }
  }
  /** `diff --git`'s diagnostics when git cannot give the old version: what it loads, in the locale's language. */
  readonly git: {
    readonly notFound: { readonly message: string; readonly help: string }
    readonly tooLarge: (params: { readonly path: string; readonly rev: string; readonly bytes: number }) => string
    readonly notARepository: (params: { readonly file: string }) => string
    readonly notInRevision: { readonly message: (params: { readonly file: string; readonly rev: string }) => string; readonly help: string }
    readonly unknownRevision: { readonly message: (params: { readonly rev: string }) => string; readonly help: string }
    readonly failed: (params: { readonly detail: string }) => string
  }
}
