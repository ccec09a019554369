/**
 * An accredited organization the operator belongs to is named with its
 * complaint desk (32(1)(iv), 令10(iii)).
 *
 * @since 0.1.0
 */
import { appi, appiOrder } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "accredited-organization-incomplete",
  severity: "warning",
  citation: [appi(32, 1, 4), appiOrder(10, undefined, 3)],
  check: (policy, report) => {
    const organization = policy.accreditedOrganization
    if (organization?.member !== true) return
    if (organization.name === undefined) report("missing-name", ["accreditedOrganization", "name"])
    if (organization.complaintDesk === undefined) {
      report("missing-complaint-desk", ["accreditedOrganization", "complaintDesk"], { name: organization.name?.ja ?? "?" })
    }
  }
})
