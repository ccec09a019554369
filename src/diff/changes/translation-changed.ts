/**
 * Only the English translation of a text changed; the Japanese, which is
 * what the company publishes under the APPI, is the same. No change of
 * purpose, item or party: editorial.
 *
 * @since 0.2.0
 */
import { defineChange } from "../ChangeRule.ts"
import { isJsonObject, type Json } from "../Json.ts"

/** Both sides are localized texts (or addresses) that differ only in `en`. */
const onlyEnglishChanged = (before: Json | undefined, after: Json | undefined): boolean => {
  if (!isJsonObject(before) || !isJsonObject(after) || typeof before["ja"] !== "string" || typeof after["ja"] !== "string") return false
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...keys].every((key) => key === "en" || JSON.stringify(before[key]) === JSON.stringify(after[key])) && before["en"] !== after["en"]
}

export default defineChange({
  id: "translation-changed",
  impact: "editorial",
  matches: (edit) => edit.kind === "changed" && onlyEnglishChanged(edit.before, edit.after)
})
