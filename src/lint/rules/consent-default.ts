/**
 * Consent is the rule for use beyond the purposes (18(1)) and for provision (27(1)).
 *
 * @since 0.1.0
 */
import { appi } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "consent-default",
  severity: "error",
  citation: [appi(18, 1), appi(27, 1)],
  check: (policy, report) => {
    if (policy.useBeyondPurpose?.consentRequired === false) report("use-without-consent", ["useBeyondPurpose", "consentRequired"])
    const provision = policy.thirdPartyProvision
    // An opt-out the policy only restates as a condition is no opt-out.
    if (provision?.consentRequired === false && (provision.optOut === undefined || provision.optOut.conditional === true)) report("provision-without-consent", ["thirdPartyProvision", "consentRequired"])
  }
})
