/**
 * Event mailings. `appi-policy scan` checks each guard call here against the
 * policy: one is allowed, one is a use the policy does not declare, and one
 * depends on a run-time value.
 */
import { check } from "appi-policy/guard"
import { decide, table } from "./guard.ts"

const EVENT_MARKETING = "event-marketing"

/** Allowed: the policy declares event marketing for event participants (APPI 18(1)). */
export const inviteToNextEvent = (email: string): boolean => {
  const decision = decide({ category: "event-participants", purpose: EVENT_MARKETING })
  return decision.allowed && email.includes("@")
}

/** A violation: job applicants' data was never declared for selling the dental system. */
export const offerDentalSystemToApplicants = (): boolean => check(table, { category: "job-applicants", purpose: "dental-system-sales" }).allowed

/** Not statically known: the purpose comes from the caller, so only the run-time check decides. */
export const followUp = (purpose: string): boolean => decide({ category: "satisfaction-survey-respondents", purpose }).allowed
