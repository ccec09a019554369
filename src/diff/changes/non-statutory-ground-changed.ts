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
  matches: (edit, context) =>
    within(edit, "thirdPartyProvision.otherGrounds.*") && edit.kind !== "removed" && NON_STATUTORY_GROUNDS.has(fieldOf(entryOf(edit, context), "kind") as string)
})
