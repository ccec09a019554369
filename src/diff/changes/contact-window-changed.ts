/**
 * A contact window (問い合わせ窓口) added, dropped or changed: address, phones, hours …
 *
 * @since 0.1.0
 */
import { defineChange, within } from "../ChangeRule.ts"

export default defineChange({
  id: "contact-window-changed",
  impact: "publish",
  matches: (edit) => within(edit, "contactWindows", "sectionIntros.contactWindows")
})
