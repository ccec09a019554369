/**
 * A purpose's tags or group changed, or its categories were restated without
 * covering more or fewer (a list naming exactly what `all` covers).
 *
 * @since 0.1.0
 */
import { defineChange, NO_ARTICLE, within } from "../ChangeRule.ts"

export default defineChange({
  id: "purpose-metadata-changed",
  impact: "editorial",
  article: NO_ARTICLE,
  explain: {
    en: "how a purpose is classified or grouped changed, not what it permits",
    ja: "利用目的の分類・区分の変更であり、利用できる範囲は変わらない"
  },
  hint: {
    en: "tags steer lint rules and the guard; if a new tag reflects a change of meaning, the text should change too",
    ja: "タグはリントやガードの判断に使われる。意味の変更を表すタグであれば、本文も変更すること"
  },
  matches: (edit) => within(edit, "purposes.items.*.tags", "purposes.items.*.group", "purposes.items.*.categories")
})
