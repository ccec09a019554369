/**
 * A purpose of use added that no reviewer has judged reasonably related to the old ones.
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "purpose-added",
  impact: "consent",
  article: { en: "APPI 17(2), 18(1)", ja: "個人情報保護法17条2項・18条1項" },
  explain: {
    en: "a new purpose of use; a change of purpose may not go beyond what is reasonably related to the old purposes, so using data already held for it needs the person's consent",
    ja: "利用目的の追加。変更前の利用目的と関連性を有すると合理的に認められる範囲を超える変更はできないため、取得済みの個人情報をこの目的に利用するには本人の同意が必要"
  },
  hint: {
    en: "whether a purpose is reasonably related cannot be read from the structure; if the reviewer judges it is, pass its id as related (`--related`) and it needs notice or publication only (21(3))",
    ja: "関連性の有無は構造からは判断できない。関連性があると判断した場合は、その id を related（`--related`）に指定すれば通知又は公表で足りる（21条3項）"
  },
  matches: (edit, context) => isEntry(edit, "purposes.items", "added") && !context.related.has(edit.keys[0]!)
})
