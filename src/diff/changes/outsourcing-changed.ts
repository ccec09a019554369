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
    en: "outsourcing within Japan (or to an EEA/UK or system-based outsourcee) needs no consent (27(5)(i)); the operator must supervise outsourcees (25): publish what the policy says of it",
    ja: "国内（又はEEA・英国、基準適合体制のある委託先）への委託に本人の同意は不要（27条5項1号）。委託先の監督（25条）を行う必要がある。記載の変更を公表する"
  },
  hint: {
    en: "an outsourcee abroad without a system meeting the standard is `foreign-recipient-added` (28(1), PPC Q&A 12-1)",
    ja: "基準適合体制のない外国の委託先は `foreign-recipient-added`（28条1項、Q&A12-1）"
  },
  matches: (edit) => within(edit, "outsourcing")
})
