/**
 * The service's guard, built once at start-up from the company's policy.
 * (A service would usually load a table compiled at build time with
 * `appi-policy compile policy.yaml --out table.json`.)
 */
import { compileGuard, loadPolicyFile } from "appi-policy"
import { createChecker } from "appi-policy/guard"

const loaded = loadPolicyFile(new URL("../../000-genesis.yaml", import.meta.url).pathname)
if (!loaded.ok) throw new Error(`the policy does not load: ${loaded.diagnostics.map((d) => d.message).join("; ")}`)

export const policy = loaded.policy
export const table = compileGuard(policy)
export const decide = createChecker(table)
