/**
 * How much a sampled test does: `npm test` is the fast suite (a minute on two
 * cores), `npm run test:full` the exhaustive one (`APPI_TEST_FULL=1`, set by
 * `vitest.full.config.ts`). Property runs, agreement samples and generated
 * request sets take their size from here, so both suites run the same checks.
 */

/** Whether this is the exhaustive run. */
export const FULL = process.env["APPI_TEST_FULL"] === "1"

/** `fast` in `npm test`, `full` in `npm run test:full`. */
export const runs = (fast: number, full: number): number => (FULL ? full : fast)

/** Every `step`-th element, from a fixed offset: a deterministic sample of a list (the whole list in the full run). */
export const everyNth = <A>(items: ReadonlyArray<A>, step: number): ReadonlyArray<A> =>
  FULL ? items : items.filter((_, index) => index % step === 3 % step)
