/**
 * appi-policy: Japanese privacy policies (個人情報保護方針) under APPI as typed,
 * versioned documents. Everything in `appi-policy/core` (one namespace per
 * room and the first functions: `parsePolicy`, `lint`, `render`, `diff`,
 * `compileGuard`, `check`), plus reading policies from files.
 *
 * It never loads TypeScript, ts-morph or json-schema-to-typescript (those
 * live in `appi-policy/codegen`).
 *
 * @example
 * ```ts
 * import { loadPolicyFile, lint, formatDiagnostic } from "appi-policy"
 * const loaded = loadPolicyFile("policy.yaml")
 * if (loaded.ok) console.log(lint(loaded.policy).length, "findings")
 * else loaded.diagnostics.forEach((d) => console.error(formatDiagnostic(d)))
 * ```
 * @since 0.1.0
 */
export * from "./browser.ts"
export { lintFile, lintFileEffect } from "./lint/lintFile.ts"
export { loadPolicy, loadPolicyEffect, loadPolicyFile, type PolicySource } from "./load/loadPolicy.ts"
