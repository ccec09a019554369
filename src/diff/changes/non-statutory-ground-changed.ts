/**
 * A ground for provision without consent that the statute does not give
 * (e.g. seed 000's business-necessity clause) added or reworded.
 *
 * @since 0.1.0
 */
import { defineChange, entryOf, fieldOf, within } from "../ChangeRule.ts"

/** Kinds of provision ground that are not in 27(1), 27(2) or 27(5). */
export const NON_STATUTORY_GROUNDS: ReadonlySet<string> = new Set(["business-necessity", "public-information"])

export default defineChange({
  id: "non-statutory-ground-changed",
  impact: "consent",
  article: { en: "APPI 27(1)", ja: "個人情報保護法27条1項" },
  explain: {
    en: "a ground for providing data without consent that the law does not give was added or reworded: provision on it needs the person's prior consent",
    ja: "法令にない第三者提供の事由の追加・変更。この事由による提供には、あらかじめ本人の同意が必要"
  },
  matches: (edit, context) =>
    within(edit, "thirdPartyProvision.otherGrounds.*") && edit.kind !== "removed" && NON_STATUTORY_GROUNDS.has(fieldOf(entryOf(edit, context), "kind") as string)
})
