/**
 * A data category's items, disclosure class or (other) sensitivity changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "category-changed",
  impact: "publish",
  article: { en: "APPI 32(1)", ja: "個人情報保護法32条1項" },
  explain: {
    en: "what a category holds, whether it can be disclosed on request, or how sensitive it is changed: publish the updated policy",
    ja: "種別の項目・開示区分・情報の区分の変更。改定後の方針を公表する必要がある"
  },
  hint: {
    en: "a category made non-disclosable must really not be retained personal data (保有個人データ) of the operator, or the person's rights (33–35) still apply",
    ja: "非開示とする場合、当該情報が事業者の保有個人データでないことが前提。保有個人データであれば開示等の請求（33〜35条）の対象となる"
  },
  matches: (edit) => within(edit, "dataCategories.*.items", "dataCategories.*.disclosure", "dataCategories.*.sensitivity")
})
