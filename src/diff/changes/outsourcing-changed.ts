/**
 * Outsourcing (委託) started, stopped or its supervision changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "outsourcing-changed",
  impact: "publish",
  article: { en: "APPI 25, 27(5)(i)", ja: "個人情報保護法25条・27条5項1号" },
  explain: {
    en: "outsourcing needs no consent (27(5)(i)), but the operator must supervise outsourcees (25), which is part of the published security measures: publish the change",
    ja: "委託に本人の同意は不要（27条5項1号）だが、委託先の監督（25条）は公表する安全管理措置の一部。変更を公表する"
  },
  matches: (edit) => within(edit, "outsourcing")
})
