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
  article: { en: "APPI 31(1)", ja: "個人情報保護法31条1項" },
  explain: {
    en: "person-related information received from another party is now linked to personal data: the person's consent to that is needed, and the provider must confirm it",
    ja: "第三者から受け取る個人関連情報を個人データとして取得することになった。本人の同意が必要で、提供元はその確認を要する"
  },
  matches: (edit, context) =>
    (isEntry(edit, "tracking.dataFlows", "added") && linkedReceipt(edit.after)) ||
    ((at(edit, `${FLOW}.linkedToPersonalData`) || at(edit, `${FLOW}.direction`)) && edit.kind !== "removed" && linkedReceipt(entryOf(edit, context)))
})
