/**
 * Anything else about a provision: its method, a recipient's name, country
 * system or measures, a provision on statutory grounds.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "provision-particulars-changed",
  impact: "publish",
  article: { en: "APPI 27(1), 28(2)", ja: "個人情報保護法27条1項・28条2項" },
  explain: {
    en: "how data is provided, or what the policy says of a recipient, changed: publish it; for a recipient abroad, the information of 28(2) must stay accurate",
    ja: "提供の方法・提供先に関する記載の変更。公表が必要。外国にある提供先については28条2項の情報を正確に保つ必要がある"
  },
  hint: {
    en: "a recipient renamed under the same id is taken to be the same recipient; a different company is a new recipient and needs consent",
    ja: "同じ id で名称が変わった提供先は同一の提供先とみなしている。別の会社であれば新たな提供先として同意が必要"
  },
  matches: (edit) => within(edit, "thirdPartyProvision.provisions")
})
