/**
 * What the two linked-data kinds share: an edit that leaves a data flow in
 * the given direction linked to personal data (個人関連情報, APPI 31) — a new
 * flow, or an existing one turned that way.
 *
 * @since 0.3.0
 */
import { at, type ChangeRule, entryOf, fieldOf, isEntry } from "./ChangeRule.ts"
import type { Json } from "./Json.ts"
import type { DataFlow } from "../model/Tracking.ts"

const FLOW = "tracking.dataFlows.*"

/** Whether the edit leaves a flow in `direction` linked to personal data. @since 0.3.0 */
export const becomesLinkedFlow =
  (direction: (typeof DataFlow.Type)["direction"]): ChangeRule["matches"] =>
  (edit, context) => {
    const linked = (flow: Json | undefined): boolean => fieldOf(flow, "direction") === direction && fieldOf(flow, "linkedToPersonalData") === true
    return (
      (isEntry(edit, "tracking.dataFlows", "added") && linked(edit.after)) ||
      ((at(edit, `${FLOW}.linkedToPersonalData`) || at(edit, `${FLOW}.direction`)) && edit.kind !== "removed" && linked(entryOf(edit, context)))
    )
  }
