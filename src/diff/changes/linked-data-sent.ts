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
  article: { en: "APPI 31(1), 31(3)", ja: "個人情報保護法31条1項・3項" },
  explain: {
    en: "person-related information is now sent to a party that links it to personal data: the recipient needs the person's consent, which the operator must confirm before sending and record",
    ja: "個人関連情報を、個人データとして取得する第三者に提供することになった。提供先が本人の同意を得ている必要があり、提供前にその確認と記録が必要"
  },
  matches: (edit, context) =>
    (isEntry(edit, "tracking.dataFlows", "added") && linkedSend(edit.after)) ||
    ((at(edit, `${FLOW}.linkedToPersonalData`) || at(edit, `${FLOW}.direction`)) && edit.kind !== "removed" && linkedSend(entryOf(edit, context)))
})
