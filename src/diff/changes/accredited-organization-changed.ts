/**
 * Membership of an accredited organization (認定個人情報保護団体), or its particulars, changed.
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "accredited-organization-changed",
  impact: "publish",
  matches: (edit) => within(edit, "accreditedOrganization")
})
