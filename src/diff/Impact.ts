/**
 * What a change obliges the operator to do, from least to most:
 * `editorial` (nothing beyond updating the text), `publish` (the published
 * policy must say it, e.g. Art. 32), `notify` (notify the persons or publish,
 * e.g. 21(3)), `notify-in-advance` (before the change takes effect, e.g. 27(3),
 * 27(6)) and `consent` (notice is not enough, e.g. 17(2), 18(1), 27(1)).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/** @since 0.1.0 */
export const Impact = Schema.Literals(["editorial", "publish", "notify", "notify-in-advance", "consent"]).annotate({
  identifier: "Impact",
  title: "Legal impact of a change"
})
/** @since 0.1.0 */
export type Impact = typeof Impact.Type

/**
 * Every impact, least first.
 *
 * @since 0.1.0
 */
export const IMPACTS: ReadonlyArray<Impact> = Impact.literals

const RANK: Readonly<Record<Impact, number>> = { editorial: 0, publish: 1, notify: 2, "notify-in-advance": 3, consent: 4 }

/**
 * Orders impacts: negative when `a` obliges less than `b`.
 *
 * @example
 * ```ts
 * compareImpact("notify", "consent") < 0 // true
 * ```
 * @since 0.1.0
 */
export const compareImpact = (a: Impact, b: Impact): number => RANK[a] - RANK[b]

/**
 * The higher of two impacts; `null` stands for "no change".
 *
 * @since 0.1.0
 */
export const maxImpact = (a: Impact | null, b: Impact | null): Impact | null => (a === null ? b : b === null ? a : RANK[a] >= RANK[b] ? a : b)

/**
 * True when `impact` is `threshold` or higher (what `--fail-on` tests).
 *
 * @example
 * ```ts
 * reaches("notify-in-advance", "notify") // true
 * reaches(null, "editorial")             // false: nothing changed
 * ```
 * @since 0.1.0
 */
export const reaches = (impact: Impact | null, threshold: Impact): boolean => impact !== null && RANK[impact] >= RANK[threshold]

/**
 * Is `value` an impact's name?
 *
 * @since 0.1.0
 */
export const isImpact = (value: unknown): value is Impact => typeof value === "string" && Object.hasOwn(RANK, value)
