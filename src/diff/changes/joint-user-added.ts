/**
 * A joint user added, or the range of joint users reworded.
 *
 * @since 0.1.0
 */
import { at, defineChange } from "../ChangeRule.ts"

export default defineChange({
  id: "joint-user-added",
  impact: "consent",
  article: { en: "APPI 27(5)(iii), 27(6)", ja: "個人情報保護法27条5項3号・27条6項" },
  explain: {
    en: "the range of joint users grows: it cannot be changed by notice (27(6) allows only the purposes and the responsible party), so sharing with the new user needs the person's consent",
    ja: "共同して利用する者の範囲の拡大。通知等による変更は認められない（27条6項は利用目的と責任者の変更に限る）ため、新たな利用者との共同利用には本人の同意が必要"
  },
  hint: {
    en: "a reworded range is taken as a wider one; if the wording only clarifies, the change is editorial",
    ja: "範囲の文言の変更も拡大とみなしている。表記の修正のみであれば影響はない"
  },
  matches: (edit) =>
    ((at(edit, "jointUses.*.users.*") || at(edit, "jointUses.*.users")) && edit.kind === "added") ||
    (at(edit, "jointUses.*.usersRange") && edit.kind !== "removed")
})
