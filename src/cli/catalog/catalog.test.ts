/**
 * The CLI's catalogs (issue #14): the Japanese has every key the English
 * has, and every help text names the same options in both languages.
 */
import { describe, expect, it } from "vitest"
import { COMMANDS } from "../commands.ts"
import { CLI_MESSAGES, COMMAND_NAMES } from "./index.ts"

/** The paths of a catalog's entries (a function is an entry). */
const paths = (value: unknown, prefix = ""): ReadonlyArray<string> =>
  typeof value === "object" && value !== null ? Object.entries(value).flatMap(([key, inner]) => paths(inner, prefix === "" ? key : `${prefix}.${key}`)) : [prefix]

/** The flags a text names (`--out`, `-h`), each once, sorted. */
const flags = (text: string): ReadonlyArray<string> => [...new Set(text.match(/(?<![\w-])--?[a-z][a-z-]*/gu) ?? [])].sort()

describe("the CLI's catalogs", () => {
  it("have the same keys in Japanese as in English", () => {
    expect(paths(CLI_MESSAGES.ja)).toEqual(paths(CLI_MESSAGES.en))
    expect(paths(CLI_MESSAGES.en)).toContain("commands.render.usage")
  })

  it("hold every command the CLI loads, in its order", () => {
    expect(Object.keys(CLI_MESSAGES.en.commands)).toEqual([...COMMAND_NAMES])
    expect(Object.keys(COMMANDS)).toEqual([...COMMAND_NAMES])
  })

  it.each(COMMAND_NAMES)("`%s`: the Japanese help names every option the English does, and the exit status", async (name) => {
    const command = await COMMANDS[name]()
    const en = command.usage(CLI_MESSAGES.en)
    const ja = command.usage(CLI_MESSAGES.ja)
    expect(flags(ja)).toEqual(flags(en))
    for (const option of Object.keys(command.options)) expect(ja, `--${option}`).toContain(`--${option}`)
    expect(ja).toMatch(new RegExp(`^使い方: appi-policy ${name} `, "u"))
    expect(ja).toContain("-h, --help")
    expect(ja).toMatch(/終了ステータス: 0 /u)
    expect(CLI_MESSAGES.ja.commands[name].summary).not.toBe(CLI_MESSAGES.en.commands[name].summary)
  })

  it("usage errors carry the same values in both languages", () => {
    const slip = { flag: "consent", allowed: ["purpose", "provision", "foreign"], value: "foriegn", suggestion: "foreign" }
    expect(CLI_MESSAGES.en.errors.notOneOf(slip)).toBe("--consent must be one of `purpose`, `provision`, `foreign`, not `foriegn` (did you mean `foreign`?)")
    expect(CLI_MESSAGES.ja.errors.notOneOf(slip)).toBe("--consent の値 `foriegn` は使えません（`foreign` の誤りではありませんか）。`purpose`、`provision`、`foreign` のいずれかを指定してください")
    expect(CLI_MESSAGES.ja.errors.notOneOf({ ...slip, suggestion: undefined })).not.toContain("誤り")
    expect(CLI_MESSAGES.ja.errors.diff.changesReach({ impact: "consent", failOn: "notify" })).toBe("変更が `consent` に達しています（--fail-on notify）")
  })
})
