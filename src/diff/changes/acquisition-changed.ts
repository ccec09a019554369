/**
 * How data is acquired changed: a category's acquisition or the acquisition channels.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "acquisition-changed",
  impact: "publish",
  article: { en: "APPI 20(1), 21(1)", ja: "個人情報保護法20条1項・21条1項" },
  explain: {
    en: "how or where personal information is acquired changed: publish it, so that the purposes are known when data is acquired",
    ja: "取得の方法・経路の変更。取得時に利用目的が明らかになるよう公表する必要がある"
  },
  hint: {
    en: "acquiring directly from the person in writing needs the purpose stated expressly beforehand (21(2))",
    ja: "本人から直接書面で取得する場合は、あらかじめ利用目的を明示する必要がある（21条2項）"
  },
  matches: (edit) => within(edit, "dataCategories.*.acquisition", "acquisitionChannels")
})
