/**
 * Linting a policy file (Node): `lintSource.ts` over the file loader.
 *
 * @since 0.2.0
 */
import { Effect } from "effect"
import { loadPolicyFile, PolicyLoadError } from "../load/loadPolicy.ts"
import { lintLoadResult, type LintReport, type LintSourceOptions } from "./lintSource.ts"
import { rules } from "./rules/index.ts"
import { unknownRules } from "./settings.ts"

/**
 * Reads, loads and lints a policy file. Never throws on a bad file (it is a
 * diagnostic); throws `UnknownRuleError` for a setting naming no rule.
 *
 * @since 0.1.0
 */
export const lintFile = (path: string, options: Omit<LintSourceOptions, "file"> = {}): LintReport => {
  return lintLoadResult(loadPolicyFile(path, options.format === undefined ? {} : { format: options.format }), options)
}

/**
 * `lintFile` as an Effect: fails with `PolicyLoadError` when the file is not
 * a valid policy, and with `UnknownRuleError` for a bad setting.
 *
 * @example
 * ```ts
 * const program = lintFileEffect("policy.yaml").pipe(Effect.map((d) => d.filter((x) => x.severity === "error")))
 * ```
 * @since 0.1.0
 */
export const lintFileEffect = Effect.fnUntraced(function* (path: string, options: Omit<LintSourceOptions, "file"> = {}) {
  const unknown = unknownRules(options.rules ?? {}, rules)
  if (unknown[0] !== undefined) return yield* unknown[0]
  const report = lintFile(path, options)
  if (!report.ok) return yield* new PolicyLoadError({ file: report.file, diagnostics: report.diagnostics })
  return report.diagnostics
})
