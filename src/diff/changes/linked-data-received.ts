/**
 * The operator starts receiving person-related information (個人関連情報) from
 * another party and linking it to personal data.
 *
 * @since 0.1.0
 */
import { defineChange } from "../ChangeRule.ts"
import { becomesLinkedFlow } from "../linkedFlows.ts"

export default defineChange({ id: "linked-data-received", impact: "consent", matches: becomesLinkedFlow("received-from-third-party") })
