/**
 * A free-text clause (additionalClauses, the model's last resort) changed.
 *
 * @since 0.1.0
 */
import { defineChange, NO_ARTICLE, within } from "../ChangeRule.ts"

export default defineChange({
  id: "free-text-clause-changed",
  impact: "publish",
  article: NO_ARTICLE,
  explain: {
    en: "a clause outside the model changed; its meaning cannot be read from the structure: publish the updated policy",
    ja: "モデル外の条項の変更。構造から意味を判断できないため、改定後の方針を公表する"
  },
  hint: {
    en: "review the clause: it may carry a change of purpose, provision or joint use",
    ja: "条項の内容を確認すること。利用目的・第三者提供・共同利用の変更を含む場合がある"
  },
  matches: (edit) => within(edit, "additionalClauses")
})
