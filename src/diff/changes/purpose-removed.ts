/**
 * A purpose of use dropped.
 *
 * @since 0.1.0
 */
import { defineChange, isEntry } from "../ChangeRule.ts"

export default defineChange({
  id: "purpose-removed",
  impact: "notify",
  article: { en: "APPI 21(3)", ja: "個人情報保護法21条3項" },
  explain: {
    en: "a purpose of use dropped: the purposes changed, so the change must be notified to the persons or published",
    ja: "利用目的の削除。利用目的の変更にあたるため、本人に通知し、又は公表する必要がある"
  },
  hint: {
    en: "from the effective date the data may no longer be used for this purpose (18(1)); the guard denies it once the new version is compiled",
    ja: "施行日以降はこの目的での利用はできない（18条1項）。新しい版をコンパイルするとガードも拒否する"
  },
  matches: (edit) => isEntry(edit, "purposes.items", "removed")
})
