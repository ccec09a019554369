/**
 * The operator starts receiving person-related information (個人関連情報) from
 * another party and linking it to personal data.
 *
 * @since 0.1.0
 */
import { at, defineChange, entryOf, fieldOf, isEntry } from "../ChangeRule.ts"
import type { Json } from "../Json.ts"

const FLOW = "tracking.dataFlows.*"

const linkedReceipt = (flow: Json | undefined): boolean =>
  fieldOf(flow, "direction") === "received-from-third-party" && fieldOf(flow, "linkedToPersonalData") === true

export default defineChange({
  id: "linked-data-received",
  impact: "consent",
  matches: (edit, context) =>
    (isEntry(edit, "tracking.dataFlows", "added") && linkedReceipt(edit.after)) ||
    ((at(edit, `${FLOW}.linkedToPersonalData`) || at(edit, `${FLOW}.direction`)) && edit.kind !== "removed" && linkedReceipt(entryOf(edit, context)))
})
