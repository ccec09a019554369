/**
 * The reports' shared words in English.
 *
 * @since 0.3.0
 */
import type { ReportWords } from "./ReportWords.ts"

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`

/** @since 0.3.0 */
export const en = {
  at: "at",
  help: "help",
  law: "law",
  clean: "no problems",
  valid: "valid",
  validTotals: ({ valid, invalid }) => `${valid} valid, ${invalid} invalid`,
  lintTotals: ({ errors, warnings, files }) => `${count(errors, "error")}, ${count(warnings, "warning")} in ${count(files, "file")}`,
  notLoaded: {
    short: "the file is not a valid policy document",
    full: "appi-policy could not load the file (encoding, syntax, structure or references); see `appi-policy validate`."
  }
} as const satisfies ReportWords
