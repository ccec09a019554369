/**
 * The operator's identity: name, address, and a corporation's representative
 * (32(1)(i)); for an operator abroad, the country.
 *
 * @since 0.1.0
 */
import { looksCorporate, looksJapaneseAddress } from "../facts.ts"
import { appi } from "../../core/citation.ts"
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  id: "operator-identity",
  severity: "warning",
  citation: [appi(32, 1, 1)],
  check: (policy, report) => {
    const { operator } = policy
    if (operator.name === undefined) report("missing-name", ["operator", "name"])
    if (operator.address === undefined) report("missing-address", ["operator", "address"])
    else if (operator.country === undefined && !looksJapaneseAddress(operator.address)) {
      report("missing-country", ["operator", "country"], { address: operator.address.ja })
    }
    const corporate = operator.entityType === "corporation" || (operator.entityType === undefined && looksCorporate(operator.name))
    const representatives = operator.representatives ?? []
    if (corporate && representatives.length === 0) {
      report("missing-representative", ["operator", "representatives"], { name: operator.name?.ja ?? "operator" })
    }
    representatives.forEach((person, i) => {
      if (person.name === undefined) report("unnamed-representative", ["operator", "representatives", i, "name"], { title: person.title.ja })
    })
  }
})
