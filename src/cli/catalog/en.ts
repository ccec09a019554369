/**
 * The CLI's words in English: each command's summary and `--help` text, the
 * top-level usage, the usage errors, what a command says of the files it
 * writes, and the lines of `check`, `scan` and `import` (see `CliMessages.ts`).
 *
 * @since 0.3.0
 */
import { formatCitation, myNumberAct } from "../../core/citation.ts"
import type { CliMessages, FileKind, Refusal } from "./CliMessages.ts"
import { lines, optionColumn } from "./layout.ts"

const hint = (suggestion: string | undefined): string => (suggestion === undefined ? "" : ` (did you mean \`${suggestion}\`?)`)
const listed = (values: ReadonlyArray<string>): string => values.map((value) => `\`${value}\``).join(", ")
const LANG_DEFAULT = "default: from LC_ALL/LC_MESSAGES/LANG, else en"

const KINDS: { readonly [K in FileKind]: string } = {
  directory: "a directory",
  "character-device": "a character device",
  "block-device": "a block device",
  fifo: "a FIFO (named pipe)",
  socket: "a socket",
  other: "not a regular file"
}

const refusal = (why: Refusal): string => {
  switch (why.reason) {
    case "empty-path":
      return "the path is empty"
    case "standard-output":
      return "`-` names standard output, which cannot take this file"
    case "not-regular":
      return `it is ${KINDS[why.kind]}, not a regular file`
    case "dangling-link":
      return "it is a symbolic link to a file that does not exist"
    case "link-not-followed":
      return `it is a symbolic link that cannot be followed (${why.code})`
    case "link-to-not-regular":
      return `it is a symbolic link to ${KINDS[why.kind]}, not to a regular file`
    case "link-not-resolved":
      return `it is a symbolic link that cannot be resolved (${why.code})`
    case "input":
      return `it is the input \`${why.input}\`${why.sameName ? "" : " (the same file)"}; writing it would destroy the input`
    case "same-target":
      return `\`${why.earlier}\` is written to the same file`
  }
}


/** @since 0.3.0 */
export const en = {
  main: {
    usage: ({ commands }) =>
      lines(
        "usage: appi-policy <command> [options]",
        "       appi-policy --version",
        "",
        "commands:",
        ...commands.map(({ name, summary }) => `  ${name.padEnd(10)} ${summary}`),
        "",
        "A policy file may be `-` for standard input (YAML, or JSON when it starts with `{`).",
        "run `appi-policy <command> --help` for a command's options and exit status"
      ),
    unknownCommand: ({ value, suggestion }) => `unknown command \`${value}\`${hint(suggestion)}`,
    seeCommands: "run `appi-policy --help` for the list of commands",
    unknownOption: ({ value, suggestion }) => `unknown option \`${value}\`${hint(suggestion)}`,
    seeOptions: ({ command }) => `run \`appi-policy ${command} --help\` for its options`,
    optionValue: ({ node }) => node
  },
  commands: {
    validate: {
      summary: "check that policy files (YAML or JSON) are well-formed policies",
      usage: () =>
        lines(
          "usage: appi-policy validate <files…> [--format text|json] [--lang en|ja]",
          "",
          "Checks each file against the policy model: encoding, syntax, structure, ids and references.",
          "A file may be `-` for standard input.",
          "",
          "options:",
          "  --format text|json  text (default): `file:line:col  code  message` per problem;",
          "                      json: { files: [{ file, valid, diagnostics }] } for tools",
          `  --lang en|ja        language of the messages (${LANG_DEFAULT})`,
          "  -h, --help          show this help",
          "",
          "exit status: 0 all valid, 1 some invalid, 2 usage error"
        )
    },
    summary: {
      summary: "print a short overview of a policy",
      usage: () =>
        lines(
          "usage: appi-policy summary <file> [--lang en|ja] [--format text|json]",
          "",
          "Prints the operator, the counts of categories and purposes, the grounds of provision, joint use,",
          "outsourcing, requests and fees, contact windows and history: a terminal overview, not the published text",
          "(that is `render`). The file may be `-` for standard input.",
          "",
          "options:",
          `  --lang en|ja        language of the overview (${LANG_DEFAULT})`,
          "  --format text|json  text (default): one line per topic; json: the overview as an object, texts in both languages",
          "  -h, --help          show this help",
          "",
          "exit status: 0 printed, 1 the policy is invalid, 2 usage error"
        )
    },
    lint: {
      summary: "check policies against APPI (each finding cites its article)",
      usage: () =>
        lines(
          "usage: appi-policy lint <files…> [--format text|json|sarif] [--rule <id>=off|warn|error]… [--lang en|ja]",
          "",
          "Loads each policy and checks it against the Act on the Protection of Personal Information: operator identity,",
          "purposes, provision, joint use, opt-out, requests and fees, security measures, contact windows and more.",
          "The rules and the law behind each are in docs/rules.md (in the installed package:",
          "node_modules/appi-policy/docs/rules.md). A file may be `-` for standard input.",
          "",
          "options:",
          "  --format text|json|sarif  text (default): `file:line:col  severity  rule  message` per finding;",
          "                            json: { files: [{ file, valid, diagnostics }], errors, warnings };",
          "                            sarif: SARIF 2.1.0 for GitHub code scanning",
          "  --rule <id>=<setting>     turn a rule off, or make it a warning or an error (repeatable)",
          `  --lang en|ja              language of the messages (${LANG_DEFAULT})`,
          "  -h, --help                show this help",
          "",
          "exit status: 0 no errors (warnings allowed), 1 some error or a file that does not load, 2 usage error"
        )
    },
    render: {
      summary: "render a policy as publishable prose (Markdown, HTML or text; Japanese, English or both)",
      usage: ({ formats, articleOne, eraDate, gregorianDate }) =>
        lines(
          `usage: appi-policy render <file> [--lang ja|en|ja+en] [--format ${formats}] [--out <path>] [options]`,
          "",
          "Renders the policy as the text a company publishes. Statutory wording comes from the library's",
          "bilingual clause catalog; the company's own texts come from the policy. The file may be `-` for standard input.",
          "",
          "options:",
          "  --lang ja|en|ja+en             language (default ja); ja+en gives both, section by section",
          `${optionColumn(`--format ${formats}`, 31)}output format (default markdown); html is one standalone page;`,
          "                                 json lists every statement with where it came from (policy path or clause and its facts)",
          "  --out <path>                   write to a file (atomically) instead of standard output (`-`: standard",
          "                                 output; a symbolic link is written through to its regular file; never a",
          "                                 device, FIFO, directory or the input)",
          "  --allow-missing                render texts that have no English, marked as untranslated, instead of failing",
          "  --statutory-wording            use the statute's wording (the library's clauses) where the policy words",
          "                                 a statutory statement its own way (exceptions, consent, fees, joint use …)",
          `  --numbering sections|articles  1. / 1.1 (default) or ${articleOne} / Article 1`,
          "  --items parenthesized|circled  item lists: (1) (default) or ①",
          "  --exceptions circled|parenthesized  the statutory lists: ① (default) or (1)",
          `  --calendar japanese|gregorian  Japanese dates: ${eraDate} (default) or ${gregorianDate}`,
          "  --en-dates long|iso            English dates: 1 April 2022 (default) or 2022-04-01",
          "  -h, --help                     show this help",
          "",
          "exit status: 0 rendered, 1 invalid policy, missing translations or unwritable output, 2 usage error"
        )
    },
    diff: {
      summary: "what changed between two versions of a policy, and what the change obliges the operator to do",
      usage: ({ formats, changelogTitle }) =>
        lines(
          `usage: appi-policy diff <old> <new> [--format ${formats}] [--lang ja|en|ja+en] [--fail-on <impact>] [--related <ids>]`,
          "       appi-policy diff --git <rev> <file> [options]",
          "",
          "Compares two versions of a policy entry by entry (matched by id, never by position) and classifies",
          "each change by what it obliges: editorial < publish < notify < notify-in-advance < consent.",
          "Either file may be `-` for standard input (not both).",
          "",
          "options:",
          "  --git <rev>          compare <file> as committed at <rev> (a commit, branch or tag) with the file as it is",
          `  --format ${formats}`,
          `                       text (default): the changelog (${changelogTitle}) as plain text, for a revision notice;`,
          "                       markdown (or md): the changelog in Markdown; html: the changelog as a standalone page;",
          "                       json: the ChangeSet; patch: an RFC 6902 JSON Patch",
          "  --lang ja|en|ja+en   language of text, markdown and html (default ja+en)",
          "  --fail-on <impact>   exit 1 when a change reaches the impact, e.g. notify or consent (for CI)",
          "  --related <ids>      comma-separated purpose ids judged reasonably related to the old purposes (17(2)):",
          "                       adding or widening them needs notice (21(3)), not consent",
          "  -h, --help           show this help",
          "",
          "exit status: 0 done, 1 a change reaches --fail-on or a policy is invalid, 2 usage error"
        )
    },
    compile: {
      summary: "compile a policy into the guard's decision table (JSON)",
      usage: () =>
        lines(
          "usage: appi-policy compile <policy> [--out table.json]",
          "",
          "Writes the decision table that `appi-policy/guard`'s `check` reads (and `appi-policy check --table`);",
          "to standard output without --out. The policy may be `-` for standard input.",
          "",
          "options:",
          "  --out <file>  where to write the table (atomically: all of it or nothing)",
          "  -h, --help    show this help",
          "",
          "exit status: 0 written, 1 the policy is invalid or the file cannot be written, 2 usage error"
        )
    },
    check: {
      summary: "ask the guard whether a use or provision is allowed",
      usage: ({ recipients }) =>
        lines(
          "usage: appi-policy check <policy> --category <id> (--purpose <id> | --provide <to>) [options]",
          "       appi-policy check --table <table.json> --category <id> (--purpose <id> | --provide <to>) [options]",
          "",
          "Decides one request as `appi-policy/guard` would at run time. The policy (or `-`) is compiled first;",
          "--table reads a table from `appi-policy compile` instead, which is faster in scripts and hooks.",
          "",
          "options:",
          "  --table <file>      a compiled decision table, instead of a policy",
          "  --category <id>     data category id",
          "  --purpose <id>      purpose id (a use, APPI 18(1))",
          `  --provide <to>      a provision: ${recipients.join(", ")}`,
          "  --recipient <id>    a recipient the policy declares: a provision's recipient, an outsourcee or a joint user",
          "  --country <CC>      the recipient's country, ISO 3166-1 alpha-2 (needed unless the policy places the recipient)",
          "  --exception <id>    a claimed ground: an item of 18(3) or 27(1) (e.g. laws-and-regulations), or of",
          "                      My Number Act 19 for My Number data (my-number-affairs, life-body-property, legal-proceedings)",
          "  --consent <kinds>   the consents given, comma-separated: purpose (18(1)), provision (27(1)), foreign (28(1))",
          `  --entrustor-permission  re-entrusting My Number data handled for a client is permitted by the client (${formatCitation(myNumberAct(10), "en")})`,
          "  --format text|json  text (default): the decision, its article and its explanation; json: the Decision object",
          "  -h, --help          show this help",
          "",
          "exit status: 0 allowed, 1 denied (or the policy or table is invalid), 2 usage error"
        )
    },
    codegen: {
      summary: "generate typed ids (TypeScript) for a policy",
      usage: () =>
        lines(
          "usage: appi-policy codegen ts <policy> [--out <file.ts>] [--guard-module <specifier>]",
          "",
          "Writes a module exporting `CategoryId`, `PurposeId` and `JointUserId` as string-literal unions and",
          "`checkUse`, `checkProvide`, `createTypedChecker`, which accept only those ids: a misspelt purpose",
          "does not compile. To standard output without --out.",
          "",
          "options:",
          "  --out <file.ts>               where to write the module",
          "  --guard-module <specifier>    where the module imports the guard from (default appi-policy/guard)",
          "  -h, --help                    show this help",
          "",
          "exit status: 0 written, 1 the policy is invalid or the file cannot be written, 2 usage error (or ts-morph is missing)"
        )
    },
    scan: {
      summary: "check a TypeScript project's guard calls against a policy (for CI)",
      usage: () =>
        lines(
          "usage: appi-policy scan <project dir or tsconfig.json> --policy <file> [--format text|json]",
          "",
          "Finds the calls of appi-policy/guard (`check(table, request)`, a checker from `createChecker`,",
          "PurposeGuard's `check`/`decide`, the typed wrappers of `codegen ts`) whose request is made of",
          "string literals or constants, and reports each one the policy does not allow. Calls whose request",
          "depends on run-time values are listed as not statically known; they do not fail the scan.",
          "",
          "options:",
          "  --policy <file>     the policy (YAML or JSON)",
          "  --format text|json  text (default): `file:line:col  code  message` per denied or unknown call;",
          "                      json: { findings: [{ file, line, column, kind, request?, decision?, reason? }] }",
          "  -h, --help          show this help",
          "",
          "exit status: 0 every known call allowed, 1 some call denied (or the policy is invalid),",
          "             2 usage error (no tsconfig, or ts-morph is missing)"
        )
    },
    export: {
      summary: "export a policy's guard to another authorisation system (Cedar)",
      usage: () =>
        lines(
          "usage: appi-policy export cedar <policy> --out <dir>",
          "",
          "Writes <dir>/appi-policy.cedarschema, <dir>/policies.cedar and <dir>/entities.json: Cedar permits",
          "exactly the use and provision requests appi-policy/guard allows (action `use` or `provide` on a",
          "`Category`, the purpose, exception, consent and recipient in the context).",
          "",
          "options:",
          "  --out <dir>   directory to write the three files into (created if missing)",
          "  -h, --help    show this help",
          "",
          "exit status: 0 written, 1 the policy is invalid or a file cannot be written, 2 usage error"
        )
    },
    import: {
      summary: "draft a policy document from an existing policy (text, Markdown or HTML), with a report",
      usage: ({ formats }) =>
        lines(
          `usage: appi-policy import <file> [--format ${formats}] [--out <draft.yaml>] [--report <report.json>]`,
          "",
          "Reads a published privacy policy — plain text, Markdown or a saved HTML page (UTF-8) — and drafts a",
          "policy document from it: every value it finds is commented with its source line and a confidence",
          "(`# L42 high`), and every passage it cannot place is kept verbatim in additionalClauses. The draft passes",
          "`appi-policy validate`; run `appi-policy lint` on it to see what the published policy lacks.",
          "The file may be `-` for standard input.",
          "",
          "options:",
          `${optionColumn(`--format ${formats}`, 32)}the input's format (default: from the file's extension, else from its content)`,
          "  --out <path>                    write the draft (YAML) to a file, atomically, instead of standard output",
          "                                  (`-`: standard output; a symbolic link is written through to its regular file;",
          "                                  never a device, FIFO, directory or the input)",
          "  --report <path>                 write the report (JSON; `-` standard output, with --out <file>): per concept",
          "                                  what was found, where and how surely;",
          "                                  the passages not placed; the share of lines placed; whether the draft is valid",
          "  -h, --help                      show this help",
          "",
          "exit status: 0 draft written, 1 unreadable input (not UTF-8, too large, empty), invalid draft or unwritable output, 2 usage error"
        )
    }
  },
  errors: {
    notOneOf: ({ flag, allowed, value, suggestion }) => `--${flag} must be one of ${listed(allowed)}, not \`${value}\`${hint(suggestion)}`,
    atLeastOneFile: "name at least one policy file",
    exactlyOneFile: "name exactly one policy file",
    stdinOnce: "standard input (`-`) can be named once",
    missingPeer: ({ english }) => english,
    unknownTarget: ({ target, known }) => `unknown target \`${target}\` (known: ${known.join(", ")})`,
    lint: {
      ruleSetting: ({ argument }) => `--rule takes \`<id>=off|warn|error\`, not \`${argument}\``,
      unknownRule: ({ english }) => english
    },
    render: {
      notWritten: ({ count, untranslated }) => `${count} ${untranslated ? "text(s) have no English version" : "problem(s)"}; nothing was written`
    },
    diff: {
      oldAndNew: "name the old and the new policy file",
      gitRevision: ({ value }) => `--git needs a revision such as \`HEAD\`, not \`${value}\``,
      gitOneFile: "with --git, name one policy file (its committed version is the old one)",
      gitNotStdin: "with --git, name the policy file itself, not `-`",
      changesReach: ({ impact, failOn }) => `the changes reach \`${impact}\` (--fail-on ${failOn})`
    },
    check: {
      request: "name one policy file (or --table), --category, and either --purpose or --provide",
      cannotReadTable: ({ file, reason }) => `cannot read the table \`${file}\` (${reason})`,
      notJson: "not JSON"
    },
    codegen: { arguments: "name a target (ts) and exactly one policy file" },
    export: {
      arguments: "name a target (cedar), exactly one policy file and --out <dir>",
      outDirectory: "--out takes a directory (three files are written; standard output cannot hold them)"
    },
    scan: { arguments: "name one project (a directory with tsconfig.json, or a tsconfig file) and --policy <file>" },
    import: {
      oneFile: "name exactly one policy file (or `-` for standard input)",
      takesPath: ({ flag }) => `--${flag} takes a path`,
      oneToStdout: "only one of the draft and the report can go to standard output: give --out <draft.yaml> with --report -"
    }
  },
  write: {
    wrote: ({ path }) => `wrote ${path}`,
    refused: ({ path, refusal: why }) => `refusing to write \`${path}\`: ${refusal(why)}`,
    useStandardOutput: " (leave out --out, or give `--out -`, to print to standard output)",
    cannotWrite: ({ path, code }) => `cannot write \`${path}\` (${code})`
  },
  decisions: {
    decision: ({ allowed, code, ground }) =>
      `${allowed ? "allowed" : "denied"}  ${code}  ${ground.english}${ground.basis === "policy" ? " (what the policy declares, not the statute)" : ""}`,
    denied: ({ where, code, request, explanation, ground }) => `${where}  ${code}  ${request.english}: ${explanation} (${ground.english})`,
    notStaticallyKnown: ({ where, reason }) => `${where}  not-statically-known  ${reason}; decided at run time only`,
    scanTotals: ({ calls, allowed, denied, unknown }) =>
      `${calls} guard call${calls === 1 ? "" : "s"}: ${allowed} allowed, ${denied} denied, ${unknown} not statically known`
  },
  import: { summary: ({ english }) => english },
  git: {
    notFound: { message: "cannot run `git`", help: "install git, or compare two files: `appi-policy diff <old> <new>`" },
    tooLarge: ({ path, rev, bytes }) => `\`${path}\` at \`${rev}\` is larger than ${bytes} bytes`,
    notARepository: ({ file }) => `\`${file}\` is not in a git repository`,
    notInRevision: { message: ({ file, rev }) => `\`${file}\` does not exist in \`${rev}\``, help: "check the path, or name a revision where the file exists" },
    unknownRevision: { message: ({ rev }) => `unknown revision \`${rev}\``, help: "name a commit, branch or tag, e.g. `HEAD~1` or `main`" },
    failed: ({ detail }) => `git show failed: ${detail}`
  }
} as const satisfies CliMessages
