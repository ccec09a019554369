/**
 * The decision procedure as documentation: the steps `check` takes, in order
 * (the first that matches decides), each with the codes it can give. What a
 * step rests on comes from the codes' grounds (`catalog/grounds.ts`) unless
 * the step cites more narrowly (one of the two lists a code covers) or more
 * (a guideline beside the article); its words are in `catalog/steps.en.ts`.
 * The README's table is generated from these, and the conformance suite
 * (test/conformance/guard/) must hold a case for every code of every step,
 * so the table, the code and the cases cannot drift apart.
 *
 * @since 0.3.0
 */
import { appi, appiRules, ppcQa, type Citation } from "../core/citation.ts"
import type { DecisionCode } from "./decisions.ts"

/** One step of the decision procedure. @since 0.3.0 */
export interface DecisionStep {
  readonly id: string
  readonly codes: readonly [DecisionCode, ...Array<DecisionCode>]
  /** The provisions the step rests on, where they are not the union of its codes' grounds. */
  readonly citations?: ReadonlyArray<Citation>
  /** The policy's clause the step reads, where it is narrower than its code's ground. */
  readonly clause?: string
}

/** @since 0.3.0 */
export const DECISION_STEPS = [
  { id: "malformed-request", codes: ["malformed-request"] },
  { id: "invalid-table", codes: ["invalid-table"] },
  { id: "unknown-category", codes: ["unknown-category"] },
  { id: "anonymized-use", codes: ["anonymized-use", "unknown-purpose"], citations: [appi(43)] },
  { id: "declared-purpose", codes: ["declared-purpose"] },
  { id: "use-unknown-exception", codes: ["unknown-exception"], citations: [appi(18, 3)] },
  { id: "use-undeclared-exception", codes: ["undeclared-exception"], clause: "useBeyondPurpose.exceptions" },
  { id: "pseudonymized-use-exception", codes: ["pseudonymized-use-restricted"] },
  { id: "my-number-use-exception", codes: ["my-number-use-restricted"] },
  { id: "use-statutory-exception", codes: ["statutory-exception"], citations: [appi(18, 3)] },
  { id: "my-number-use", codes: ["my-number-use-restricted"] },
  { id: "entrusted-use", codes: ["entrusted-data"] },
  { id: "pseudonymized-use", codes: ["pseudonymized-use-restricted"] },
  { id: "use-consent", codes: ["use-consent"] },
  { id: "purpose-not-declared", codes: ["purpose-not-declared-for-category", "unknown-purpose"] },
  { id: "anonymized-provision", codes: ["anonymized-provision", "anonymized-not-published"] },
  { id: "recipient-location", codes: ["recipient-location-unknown", "recipient-location-conflict"] },
  { id: "business-succession", codes: ["business-succession"] },
  { id: "outsourcing-excluded", codes: ["outsourcing-excluded"] },
  { id: "my-number-re-entrustment", codes: ["my-number-re-entrustment"] },
  { id: "outsourcing-not-declared", codes: ["outsourcing-not-declared"] },
  { id: "outsourcing", codes: ["outsourcing"] },
  { id: "joint-use", codes: ["joint-use"] },
  { id: "my-number-provision-exception", codes: ["my-number-ground", "my-number-provision-restricted"] },
  { id: "provision-unknown-exception", codes: ["unknown-exception"], citations: [appi(27, 1)] },
  { id: "provision-undeclared-exception", codes: ["undeclared-exception"], clause: "thirdPartyProvision.exceptions" },
  { id: "pseudonymized-provision-exception", codes: ["pseudonymized-provision-restricted"] },
  { id: "provision-statutory-exception", codes: ["statutory-exception"], citations: [appi(27, 1), appi(28, 1)] },
  { id: "my-number-provision", codes: ["my-number-provision-restricted"] },
  { id: "entrusted-provision", codes: ["entrusted-data"] },
  { id: "pseudonymized-provision", codes: ["pseudonymized-provision-restricted"], citations: [appi(41, 6), ppcQa("14-17")] },
  { id: "foreign-consent", codes: ["foreign-consent", "foreign-recipient-needs-consent"], citations: [appi(28, 1), appiRules(17, 2), ppcQa("12-1")] },
  { id: "provision-consent", codes: ["provision-consent"] },
  { id: "joint-user", codes: ["joint-user-not-declared", "joint-use-incomplete"] },
  { id: "opt-out", codes: ["opt-out", "sensitive-no-opt-out", "opt-out-acquired-data", "opt-out-not-filed", "opt-out-incomplete"], citations: [appi(27, 2), appiRules(11)] },
  { id: "consent-required", codes: ["consent-required"] }
] as const satisfies ReadonlyArray<DecisionStep>

/** @since 0.3.0 */
export type StepId = (typeof DECISION_STEPS)[number]["id"]
