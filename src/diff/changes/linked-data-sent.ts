/**
 * Person-related information (個人関連情報: cookie ids, ad ids) sent to a
 * party that will link it to personal data: the recipient needs the person's
 * consent, and the operator must confirm that it has it before sending
 * (31(1)) and keep records (31(3)).
 *
 * @since 0.2.0
 */
import { at, defineChange, entryOf, fieldOf, isEntry } from "../ChangeRule.ts"
import type { Json } from "../Json.ts"

const FLOW = "tracking.dataFlows.*"

const linkedSend = (flow: Json | undefined): boolean => fieldOf(flow, "direction") === "sent-to-third-party" && fieldOf(flow, "linkedToPersonalData") === true

export default defineChange({
  id: "linked-data-sent",
  impact: "consent",
  matches: (edit, context) =>
    (isEntry(edit, "tracking.dataFlows", "added") && linkedSend(edit.after)) ||
    ((at(edit, `${FLOW}.linkedToPersonalData`) || at(edit, `${FLOW}.direction`)) && edit.kind !== "removed" && linkedSend(entryOf(edit, context)))
})
