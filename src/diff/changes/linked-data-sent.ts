/**
 * Person-related information (個人関連情報: cookie ids, ad ids) sent to a
 * party that will link it to personal data: the recipient needs the person's
 * consent, and the operator must confirm that it has it before sending
 * (31(1)) and keep records (31(3)).
 *
 * @since 0.2.0
 */
import { defineChange } from "../ChangeRule.ts"
import { becomesLinkedFlow } from "../linkedFlows.ts"

export default defineChange({ id: "linked-data-sent", impact: "consent", matches: becomesLinkedFlow("sent-to-third-party") })
