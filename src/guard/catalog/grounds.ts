/**
 * What each decision rests on: the statute (`allowedByLaw` / `deniedByLaw`,
 * with its citations; none for a decision on the input itself, such as a
 * malformed request) or the policy (`byPolicy`, the clause the policy lacks:
 * the guard allows only what the policy declares, which is sometimes stricter
 * than the law, and says so rather than cite an article). Kept beside the
 * language catalogs: a ground does not depend on the language.
 *
 * @since 0.3.0
 */
import { appi, appiRules, myNumberAct, type Citation } from "../../core/citation.ts"
import type { AllowCode, DecisionCode, DenyCode } from "../decisions.ts"

/** @since 0.3.0 */
export type Ground =
  | { readonly allowed: boolean; readonly basis: "law"; readonly citations: ReadonlyArray<Citation> }
  | { readonly allowed: false; readonly basis: "policy"; readonly clause: string }

const allowedByLaw = (citations: ReadonlyArray<Citation>) => ({ allowed: true, basis: "law", citations }) as const
const deniedByLaw = (citations: ReadonlyArray<Citation>) => ({ allowed: false, basis: "law", citations }) as const
const byPolicy = (clause: string) => ({ allowed: false, basis: "policy", clause }) as const

/** An allow code is allowed by the statute; a deny code denied by the statute or the policy. */
type GroundOf<C extends DecisionCode> = C extends AllowCode ? ReturnType<typeof allowedByLaw> : C extends DenyCode ? ReturnType<typeof deniedByLaw> | ReturnType<typeof byPolicy> : never

/** @since 0.3.0 */
export const GROUNDS: { readonly [C in DecisionCode]: GroundOf<C> } = {
  "declared-purpose": allowedByLaw([appi(18, 1)]),
  "statutory-exception": allowedByLaw([appi(18, 3), appi(27, 1)]),
  "my-number-ground": allowedByLaw([myNumberAct(19)]),
  "use-consent": allowedByLaw([appi(18, 1)]),
  "provision-consent": allowedByLaw([appi(27, 1)]),
  "foreign-consent": allowedByLaw([appi(28, 1), appiRules(17, 2)]),
  "outsourcing": allowedByLaw([appi(27, 5, 1)]),
  "joint-use": allowedByLaw([appi(27, 5, 3)]),
  "opt-out": allowedByLaw([appi(27, 2)]),
  "business-succession": allowedByLaw([appi(27, 5, 2)]),
  "anonymized-use": allowedByLaw([appi(43)]),
  "anonymized-provision": allowedByLaw([appi(43, 4)]),
  "invalid-table": deniedByLaw([]),
  "malformed-request": deniedByLaw([]),
  "unknown-category": byPolicy("dataCategories"),
  "unknown-purpose": deniedByLaw([appi(18, 1)]),
  "unknown-exception": deniedByLaw([appi(18, 3), appi(27, 1)]),
  "undeclared-exception": byPolicy("useBeyondPurpose.exceptions / thirdPartyProvision.exceptions"),
  "purpose-not-declared-for-category": deniedByLaw([appi(18, 1)]),
  "entrusted-data": deniedByLaw([appi(27, 5, 1)]),
  "my-number-use-restricted": deniedByLaw([myNumberAct(9), myNumberAct(30)]),
  "my-number-provision-restricted": deniedByLaw([myNumberAct(19)]),
  "my-number-re-entrustment": deniedByLaw([myNumberAct(10)]),
  "pseudonymized-use-restricted": deniedByLaw([appi(41, 3)]),
  "pseudonymized-provision-restricted": deniedByLaw([appi(41, 6)]),
  "anonymized-not-published": deniedByLaw([appi(43, 4)]),
  "sensitive-no-opt-out": deniedByLaw([appi(27, 2)]),
  "opt-out-acquired-data": deniedByLaw([appi(27, 2)]),
  "opt-out-not-filed": deniedByLaw([appi(27, 2)]),
  "opt-out-incomplete": deniedByLaw([appi(27, 2), appiRules(11)]),
  "foreign-recipient-needs-consent": deniedByLaw([appi(28, 1)]),
  "recipient-location-unknown": deniedByLaw([appi(28, 1)]),
  "recipient-location-conflict": deniedByLaw([appi(28, 1)]),
  "joint-user-not-declared": byPolicy("jointUses"),
  "joint-use-incomplete": deniedByLaw([appi(27, 5, 3)]),
  "outsourcing-not-declared": byPolicy("outsourcing"),
  "outsourcing-excluded": byPolicy("dataCategories[].neverOutsourced"),
  "consent-required": deniedByLaw([appi(27, 1)])
}
