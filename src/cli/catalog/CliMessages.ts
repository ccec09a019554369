/**
 * The shape of a language's catalog of the CLI's words: each command's
 * one-line summary and whole `--help` text, the top-level usage, the usage
 * errors, what a command says of the files it writes, and the lines of
 * `check`, `scan` and `import`, with named parameters where they carry values.
 *
 * The catalog is loaded by every command (the top-level usage lists the
 * summaries), so it imports nothing but the citation formatter and its own
 * layout: a value a help text shows that lives with a command's code (its
 * formats, the renderer's notation, the guard's recipient kinds) is passed
 * in by the command, which is loaded anyway when its help is printed.
 *
 * @since 0.3.0
 */
import type { Citation } from "../../core/citation.ts"
import type { PeerFeature } from "../../core/peers.ts"

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

/**
 * What a path is when it is not a regular file, for a refused write.
 *
 * @since 0.3.0
 */
export type FileKind = "directory" | "character-device" | "block-device" | "fifo" | "socket" | "other"

/**
 * Why a path given for output is not written (see `safeWrite.ts`): the data,
 * which each catalog words.
 *
 * @since 0.3.0
 */
export type Refusal =
  | { readonly reason: "empty-path" }
  | { readonly reason: "standard-output" }
  | { readonly reason: "not-regular"; readonly kind: FileKind }
  | { readonly reason: "dangling-link" }
  | { readonly reason: "link-not-followed"; readonly code: string }
  | { readonly reason: "link-to-not-regular"; readonly kind: FileKind }
  | { readonly reason: "link-not-resolved"; readonly code: string }
  /** The path is an input (`sameName`: as named, else the same file by another name). */
  | { readonly reason: "input"; readonly input: string; readonly sameName: boolean }
  /** An earlier output of the same command goes to the same file. */
  | { readonly reason: "same-target"; readonly earlier: string }

/**
 * What a guard decision rests on (the guard's `GROUNDS`): the statute's
 * provisions (none for a decision on the input itself) or the policy's clause
 * the decision holds the service to; `english`, the decision's `article`, as
 * the guard writes it.
 *
 * @since 0.3.0
 */
export type DecisionGround = { readonly english: string } & (
  | { readonly basis: "law"; readonly citations: ReadonlyArray<Citation> }
  | { readonly basis: "policy"; readonly clause: string }
)

/**
 * A guard request, for a scan finding: its parts, and the English description
 * the guard's tooling gives it (`describeRequest`), which the English catalog
 * prints as it is.
 *
 * @since 0.3.0
 */
export interface RequestWords {
  readonly english: string
  readonly category: string
  readonly purpose?: string
  readonly provide?: { readonly to: string; readonly recipient?: string; readonly country?: string; readonly entrustorPermission?: boolean }
  readonly exception?: string
  /** The consents given, by kind. */
  readonly consents: ReadonlyArray<string>
}

/**
 * The one-line summary of an import report: its figures, and the English the
 * importer writes (`reportSummary`), which the English catalog prints as it is.
 *
 * @since 0.3.0
 */
export interface ImportSummary {
  readonly english: string
  readonly file: string
  readonly placed: number
  readonly total: number
  /** The share of lines placed, in percent with one decimal (`87.5`). */
  readonly percent: string
  readonly concepts: number
  /** The lines of each passage not placed (`L12-14`). */
  readonly unplaced: ReadonlyArray<string>
  readonly valid: boolean
}

/**
 * The CLI's words. Where the English of a message is made by a library room
 * (the lint's `UnknownRuleError`, the renderer's diagnostics, the guard's and
 * the importer's descriptions), it stays there: the English catalog prints it
 * as given (`english`, `message`, `node`), and the Japanese one words the same
 * data. What the CLI itself says is worded here, in both languages.
 *
 * @since 0.3.0
 */
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
    /** An optional peer dependency is missing (`english`: the `MissingPeerError`'s message). */
    readonly missingPeer: (params: { readonly peer: string; readonly feature: PeerFeature; readonly english: string }) => string
    readonly lint: {
      readonly ruleSetting: (params: { readonly argument: string }) => string
      /** A `--rule` naming no rule (`english`: the `UnknownRuleError`'s message). */
      readonly unknownRule: (params: Slip & { readonly english: string }) => string
    }
    readonly render: {
      readonly notWritten: (params: { readonly count: number; readonly untranslated: boolean }) => string
    }
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
  /** What a command says about the files it writes (`--out`, `--report`, `export`). */
  readonly write: {
    readonly wrote: (params: { readonly path: string }) => string
    readonly refused: (params: { readonly path: string; readonly refusal: Refusal }) => string
    /** After a refused device, FIFO or socket given to `--out`: what someone means who names one. */
    readonly useStandardOutput: string
    /** The file system failed the write (`code`: its error code, e.g. `EACCES`). */
    readonly cannotWrite: (params: { readonly path: string; readonly code: string }) => string
  }
  /** What `check` and `scan` print (their explanations are the guard's, in both languages). */
  readonly decisions: {
    /** `check`'s first line: allowed or denied, the decision's code and what it rests on. */
    readonly decision: (params: { readonly allowed: boolean; readonly code: string; readonly ground: DecisionGround }) => string
    /** A call `scan` found denied, as `file:line:col  code  message`. */
    readonly denied: (params: { readonly where: string; readonly code: string; readonly request: RequestWords; readonly explanation: string; readonly ground: DecisionGround }) => string
    /** A call whose request is not known before run time (`reason`: the scan's, in the report's language). */
    readonly notStaticallyKnown: (params: { readonly where: string; readonly reason: string }) => string
    readonly scanTotals: (params: { readonly calls: number; readonly allowed: number; readonly denied: number; readonly unknown: number }) => string
  }
  readonly import: { readonly summary: (params: ImportSummary) => string }
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
