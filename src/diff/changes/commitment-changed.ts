/**
 * A commitment the operator makes beyond the statute changed: the marketing
 * opt-out, voluntariness of providing data, how the policy itself changes,
 * how a change of purpose is made known.
 *
 * @since 0.1.0
 */
import { defineChange, NO_ARTICLE, within } from "../ChangeRule.ts"

export default defineChange({
  id: "commitment-changed",
  impact: "publish",
  article: NO_ARTICLE,
  explain: {
    en: "a commitment the policy makes to the persons changed: publish the updated policy",
    ja: "本人に対する取組・約束の変更。改定後の方針を公表する"
  },
  hint: {
    en: "withdrawing a commitment persons rely on (e.g. stopping marketing use on request) is best announced before it takes effect",
    ja: "本人が頼りにしている取組（例: 申出による利用停止）を取りやめる場合は、施行前の周知が望ましい"
  },
  matches: (edit) => within(edit, "marketingOptOut", "voluntariness", "policyChanges", "purposes.change")
})
