/**
 * The guard as an Effect service: a `PurposeGuard` layer is built from a
 * policy (or a precompiled table), and `check` fails with a
 * `PurposeViolation` carrying the decision when a request is denied.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Schema } from "effect"
import type { Policy } from "../model/Policy.ts"
import { createChecker } from "./check.ts"
import { compileGuard } from "./compile.ts"
import type { Decision } from "./decisions.ts"
import type { DecisionTable } from "./table.ts"

/**
 * A denied request. `decision` holds the code, the article and the bilingual explanation.
 *
 * @since 0.1.0
 */
export class PurposeViolation extends Schema.TaggedError<PurposeViolation>()("PurposeViolation", {
  decision: Schema.Struct({
    allowed: Schema.Boolean,
    code: Schema.String,
    basis: Schema.Literals(["law", "policy"]),
    article: Schema.String,
    explain: Schema.Struct({ ja: Schema.String, en: Schema.String })
  })
}) {
  override get message(): string {
    return `${this.decision.code} (${this.decision.article}): ${this.decision.explain.en}`
  }
}

/**
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { PurposeGuard } from "appi-policy"
 *
 * const program = PurposeGuard.use((guard) => guard.check({ category: "customers", purpose: "contact" }))
 * Effect.runSync(Effect.provide(program, PurposeGuard.layerFromPolicy(policy)))
 * ```
 * @since 0.1.0
 */
export class PurposeGuard extends Context.Service<
  PurposeGuard,
  {
    /** Succeeds with the allowing decision; fails with `PurposeViolation` otherwise. */
    readonly check: (request: unknown) => Effect.Effect<Decision, PurposeViolation>
    /** The decision either way, never failing. */
    readonly decide: (request: unknown) => Decision
    readonly table: DecisionTable
  }
>()("appi-policy/guard/PurposeGuard") {
  /** A layer over a precompiled table. */
  static readonly layerFromTable = (table: DecisionTable): Layer.Layer<PurposeGuard> => {
    const decide = createChecker(table)
    return Layer.succeed(PurposeGuard, {
      table,
      decide,
      check: (request) => {
        const decision = decide(request)
        return decision.allowed ? Effect.succeed(decision) : Effect.fail(new PurposeViolation({ decision }))
      }
    })
  }

  /** A layer compiled from a policy. */
  static readonly layerFromPolicy = (policy: Policy): Layer.Layer<PurposeGuard> => PurposeGuard.layerFromTable(compileGuard(policy))
}
