/**
 * What a guard decision rests on, for `check` and `scan` to word in the
 * locale's language: the guard's ground (provisions or the policy's clause)
 * with the decision's `article` as the guard writes it in English.
 *
 * @since 0.3.0
 */
import { GROUNDS } from "../guard/catalog/grounds.ts"
import type { Decision } from "../guard/decisions.ts"
import type { DecisionGround } from "./catalog/CliMessages.ts"

/** The ground of `decision`, for the catalogs (`CliMessages["decisions"]`). @since 0.3.0 */
export const decisionGround = (decision: Decision): DecisionGround => ({ english: decision.article, ...GROUNDS[decision.code] })
