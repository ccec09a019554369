/**
 * A data category dropped.
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "category-removed",
  impact: "publish",
  article: { en: "APPI 32(1)(ii)", ja: "個人情報保護法32条1項2号" },
  explain: {
    en: "a category of personal information is no longer listed: publish the updated policy",
    ja: "個人情報の種別の削除。改定後の方針を公表する必要がある"
  },
  hint: {
    en: "if the data is still held, it must still be covered by the published purposes",
    ja: "当該情報を引き続き保有する場合は、公表された利用目的の対象であり続ける必要がある"
  },
  matches: (edit) => isEntry(edit, "dataCategories", "removed")
})
