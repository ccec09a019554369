/**
 * The hostile-input corpus (issue #13), generated — never committed as
 * megabytes: worst cases within the documented limits (1 MiB, 20,000 lines
 * and commas, depth 64, 100 aliases) and just past them, each with the
 * commands to run it through and what each must answer (exit status and
 * diagnostic code).
 *
 *     npx tsx test/hostile/generate.ts <dir>   # writes the files and manifest.json
 *
 * `test/full/hostile.test.ts` runs every case through the built CLI with a
 * time budget per command; `bench/hostile.bench.ts` times them.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { parse, stringify } from "yaml"

const root = join(import.meta.dirname, "..", "..")
const base = readFileSync(join(root, "examples", "003-centrex.yaml"), "utf8")

/** Every command that reads a policy; `{policy}` is the case's file, `{other}` the baseline policy, `{dir}` a scratch folder. */
export const COMMANDS = {
  validate: ["validate", "{policy}"],
  summary: ["summary", "{policy}"],
  lint: ["lint", "{policy}"],
  render: ["render", "{policy}", "--format", "text"],
  diff: ["diff", "{other}", "{policy}"],
  compile: ["compile", "{policy}", "--out", "{dir}/table.json"],
  check: ["check", "{policy}", "--category", "customers", "--purpose", "p-1"],
  "codegen ts": ["codegen", "ts", "{policy}", "--out", "{dir}/ids.ts"],
  scan: ["scan", "{dir}/project", "--policy", "{policy}"],
  "export cedar": ["export", "cedar", "{policy}", "--out", "{dir}/cedar"]
} as const satisfies Record<string, ReadonlyArray<string>>

/** @since 0.3.0 */
export type CommandName = keyof typeof COMMANDS
const ALL = Object.keys(COMMANDS) as ReadonlyArray<CommandName>

/** What a command must answer: its exit status (or any of several) and, when it refuses, the code it names. */
export interface Expectation {
  readonly exit: ReadonlyArray<number>
  readonly code?: string
}

/** @since 0.3.0 */
export interface HostileCase {
  readonly name: string
  readonly why: string
  /** The file's bytes and its extension. */
  readonly content: Uint8Array
  readonly extension: "yaml" | "json"
  readonly expect: Partial<Record<CommandName, Expectation>>
}

const encoder = new TextEncoder()
const bytes = (text: string): Uint8Array => encoder.encode(text)

/** Every command refuses the file with `code` (exit 1): the loader stops it, whichever command asked. */
const refusedBy = (code: string): Partial<Record<CommandName, Expectation>> => Object.fromEntries(ALL.map((command) => [command, { exit: [1], code }]))

/** A valid policy: every command runs it; lint may find problems, check may deny, diff reports changes. */
const runsEverywhere: Partial<Record<CommandName, Expectation>> = {
  validate: { exit: [0] },
  summary: { exit: [0] },
  lint: { exit: [0, 1] },
  render: { exit: [0] },
  diff: { exit: [0] },
  compile: { exit: [0] },
  check: { exit: [0, 1] },
  "codegen ts": { exit: [0] },
  scan: { exit: [0, 1] },
  "export cedar": { exit: [0] }
}

type Json = Record<string, unknown>
const policyObject = (): Json => parse(base) as Json

/** The words the lint rules' and renderer's patterns look for (the runs of Japanese and the punctuation inside their regular expressions). */
export const patternVocabulary = (): ReadonlyArray<string> => {
  const files = (dir: string): ReadonlyArray<string> =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [join(dir, entry.name)] : []
    )
  const words = new Set<string>([".", "。", "、", "・", "（", "(", "「"])
  for (const file of [...files(join(root, "src", "lint")), ...files(join(root, "src", "render")), ...files(join(root, "src", "diff"))]) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      // A line that holds a regular expression literal.
      if (!/(?:^|[=(,:!|&?]\s*)\/[^/*\s]/u.test(line)) continue
      for (const run of line.match(/[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]{1,8}/gu) ?? []) words.add(run)
    }
  }
  return [...words].sort()
}

/** A text of about `length` characters: each word repeated in a run, then a character that completes no pattern. */
export const adversarialText = (words: ReadonlyArray<string>, length: number): string => {
  const each = Math.max(1, Math.floor(length / words.reduce((sum, word) => sum + word.length, 0)))
  return `目的${words.map((word) => `${word.repeat(each)}x`).join("")}`
}

/** Every `ja` text of a policy object replaced by `text`. */
const everyJa = (value: unknown, text: string): unknown => {
  if (Array.isArray(value)) return value.map((item) => everyJa(item, text))
  if (value === null || typeof value !== "object") return value
  return Object.fromEntries(Object.entries(value as Json).map(([key, v]) => [key, key === "ja" && typeof v === "string" ? text : everyJa(v, text)]))
}

const yamlOf = (value: unknown): Uint8Array => bytes(stringify(value, { lineWidth: 0 }))

/** @since 0.3.0 */
export const hostileCases = (): ReadonlyArray<HostileCase> => {
  const vocabulary = patternVocabulary()
  const cases: Array<HostileCase> = []
  const add = (c: HostileCase): void => {
    if (c.content.length > 1_048_576 && !c.name.startsWith("over-")) throw new Error(`${c.name} is over the 1 MiB limit`)
    cases.push(c)
  }

  // Counts: keys, lines, items.
  add({
    name: "keys-90k",
    why: "90,000 keys in one mapping (942 KB): past the separator limit, refused before parsing",
    content: bytes(`${base}\n${Array.from({ length: 90_000 }, (_, i) => `k${i}: v`).join("\n")}\n`),
    extension: "yaml",
    expect: refusedBy("too-many-entries")
  })
  const unknownKeys = JSON.stringify({ ...policyObject(), ...Object.fromEntries(Array.from({ length: 19_000 }, (_, i) => [`k${i}`, "v"])) })
  add({
    name: "flow-keys-19k",
    why: "19,000 unknown keys in one YAML flow mapping on one line, just under the limit: the first 100 problems and a count",
    content: bytes(unknownKeys),
    extension: "yaml",
    expect: refusedBy("too-many-problems")
  })
  add({ name: "json-keys-19k", why: "the same read as JSON", content: bytes(unknownKeys), extension: "json", expect: refusedBy("too-many-problems") })
  {
    const policy = policyObject()
    const purposes = policy["purposes"] as { items: Array<Json> }
    const first = purposes.items[0]!
    for (let i = 0; purposes.items.length < 1_800; i++) purposes.items.push({ ...structuredClone(first), id: `p-${i + 1}`, text: { ja: `利用目的その${i + 1}のため`, en: `Purpose ${i + 1}` } })
    add({ name: "purposes-1800", why: "a valid policy with 1,800 purposes (about 16,000 lines): every command at scale", content: yamlOf(policy), extension: "yaml", expect: runsEverywhere })
  }

  // Long text: the patterns of the lint rules and the renderer fed their own words.
  {
    const policy = policyObject()
    const purposes = policy["purposes"] as { items: Array<{ text: Json }> }
    purposes.items[0]!.text = { ja: adversarialText(vocabulary, 300_000), en: "x" }
    add({ name: "pattern-words-long", why: "one purpose of 300,000 characters: every word the rules' patterns look for, each in a long run", content: yamlOf(policy), extension: "yaml", expect: runsEverywhere })
  }
  add({
    name: "pattern-words-everywhere",
    why: "every Japanese text of the policy 1,500 characters of the patterns' words",
    content: yamlOf(everyJa(policyObject(), adversarialText(vocabulary, 1_500))),
    extension: "yaml",
    expect: runsEverywhere
  })
  for (const [name, text] of [
    ["shumi", "趣味".repeat(170_000)],
    ["dots", `${".".repeat(1_000_000)}x`],
    ["spaces", `a${" ".repeat(1_000_000)}a`]
  ] as const) {
    const policy = policyObject()
    ;(policy["purposes"] as { items: Array<{ text: Json }> }).items[0]!.text = { ja: text, en: "x" }
    add({ name: `long-${name}`, why: `a purpose text of ${text.length.toLocaleString("en-US")} characters (${name} repeated)`, content: yamlOf(policy), extension: "yaml", expect: runsEverywhere })
  }

  // Nesting and aliases: legal worst cases and one past each limit.
  add({
    name: "deep-63",
    why: "nesting 63 levels deep (the limit is 64): parsed, then refused by the schema",
    content: bytes(`${base}\nextra: ${"[".repeat(62)}1${"]".repeat(62)}\n`),
    extension: "yaml",
    expect: refusedBy("unknown-key")
  })
  add({ name: "deep-65", why: "nesting past the limit", content: bytes(`${base}\nextra: ${"[".repeat(65)}1${"]".repeat(65)}\n`), extension: "yaml", expect: refusedBy("too-deep") })
  add({
    name: "aliases-99",
    why: "99 aliases of a 5 KB anchor, the most allowed (100 is refused): expands to 500 KB",
    content: bytes(`${base}\nextra:\n  anchor: &a "${"x".repeat(5_000)}"\n  copies: [${Array.from({ length: 99 }, () => "*a").join(", ")}]\n`),
    extension: "yaml",
    expect: refusedBy("unknown-key")
  })
  add({
    name: "alias-bomb",
    why: "nine levels of ten aliases each (a billion laughs)",
    content: bytes(
      `${base}\nextra:\n  a0: &a0 "lol"\n${Array.from({ length: 9 }, (_, i) => `  a${i + 1}: &a${i + 1} [${Array.from({ length: 10 }, () => `*a${i}`).join(", ")}]`).join("\n")}\n`
    ),
    extension: "yaml",
    expect: refusedBy("alias-limit")
  })

  // Directives, characters and encodings.
  add({ name: "yaml-1.1", why: "`%YAML 1.1` would read 01750 as octal", content: bytes(`%YAML 1.1\n---\n${base}`), extension: "yaml", expect: refusedBy("yaml-version") })
  add({ name: "escape-sequence", why: "a terminal escape (ESC [31m) in a text", content: bytes(base.replace("ja: 株式会社セントレクス", 'ja: "株式会社\\e[31mセントレクス"')), extension: "yaml", expect: refusedBy("control-character") })
  add({ name: "lone-cr", why: "a lone carriage return in a quoted text (would start a Markdown line)", content: bytes(base.replace("ja: 株式会社セントレクス", 'ja: "株式会社\\r# セントレクス"')), extension: "yaml", expect: refusedBy("control-character") })
  add({
    name: "escape-in-broken-line",
    why: "a terminal escape in a comment and in a line the YAML parser quotes back in its error",
    content: bytes(`${base}\n# \u001b[31m red\nextra: [\u001b[2J\n`),
    extension: "yaml",
    expect: refusedBy("yaml-syntax")
  })
  add({ name: "bidi-override", why: "a right-to-left override that reorders a phone number", content: bytes(base.replace("ja: 株式会社セントレクス", "ja: 株式会社\u202eセントレクス")), extension: "yaml", expect: refusedBy("bidi-control") })
  {
    const text = `\uFEFF${base}`
    const utf16 = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) {
      utf16[2 * i] = text.charCodeAt(i) & 0xff
      utf16[2 * i + 1] = text.charCodeAt(i) >> 8
    }
    add({ name: "utf-16", why: "UTF-16 with its byte order mark", content: utf16, extension: "yaml", expect: refusedBy("not-utf8") })
    const utf32 = new Uint8Array(4 + base.length * 4)
    utf32.set([0xff, 0xfe, 0, 0])
    for (let i = 0; i < base.length; i++) utf32[4 + 4 * i] = base.charCodeAt(i) & 0xff
    add({ name: "utf-32", why: "UTF-32 with its byte order mark (named as UTF-32)", content: utf32, extension: "yaml", expect: refusedBy("not-utf8") })
  }
  add({ name: "over-2mb", why: "2 MB: over the size limit, reported with its real size", content: bytes(`${base}\n# ${"x".repeat(2_000_000)}\n`), extension: "yaml", expect: refusedBy("too-large") })
  return cases
}

/** The baseline every timing is compared with: the example the cases start from. @since 0.3.0 */
export const BASELINE = join(root, "examples", "003-centrex.yaml")
