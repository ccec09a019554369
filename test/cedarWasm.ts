/**
 * cedar-wasm, for the tests and the benchmark that ask Cedar, with the one V8 setting that keeps Node 20 alive under them.
 *
 * Node 20's V8 (11.3) aborts the whole process ("Fatal error … unreachable code", in
 * `Deoptimizer::TranslatedValueForWasmReturnKind`) when optimised JavaScript that inlined a call into WebAssembly is
 * deoptimised while that call runs, and the Wasm function returns a reference (`externref`). Every cedar-wasm export
 * returns one, and thousands of calls in a row make the deoptimisation a matter of time: `npm run test:full` has aborted
 * this way twice, in the Cedar agreement test. `test/fixtures/wasmLazyDeopt.mjs` provokes the abort
 * in a few lines; `test/cedarWasm.test.ts` checks that the setting below prevents it.
 *
 * Not inlining the JS-to-Wasm wrapper costs nothing measurable: a Cedar decision takes hundreds of microseconds.
 * The setting is process-wide and read when V8 optimises a function, so setting it before the first call suffices.
 */
import { setFlagsFromString } from "node:v8"

/** The V8 flag that stops TurboFan from inlining JavaScript-to-WebAssembly calls. */
export const NO_JS_WASM_INLINING = "--no-turbo-inline-js-wasm-calls"

setFlagsFromString(NO_JS_WASM_INLINING)

export * as cedar from "@cedar-policy/cedar-wasm/nodejs"
