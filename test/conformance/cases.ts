/**
 * Reading the conformance cases (test/conformance/<room>/*.yaml): the law as
 * data. Each file names a base policy (test/conformance/policies/<name>.yaml)
 * and lists cases; a case may patch the base (`set` or `remove` a dotted
 * path), and states what it asks, what it expects and the article or PPC
 * guideline it rests on (`law`), with a `note` where the law is uncertain
 * and the reading that fails closed was taken.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { parse } from "yaml"
import { parsePolicy } from "../../src/load/parsePolicy.ts"
import type { Policy } from "../../src/model/Policy.ts"

export const CONFORMANCE_DIR = import.meta.dirname

/** A change to the base policy: set a value at a dotted path (numbers index lists), or remove the key. */
export type PatchStep = { readonly set: string; readonly value: unknown } | { readonly remove: string }

export interface Case<Expect> {
  readonly file: string
  /** The base policy's name (test/conformance/policies/<base>.yaml). */
  readonly base: string
  readonly id: string
  /** Legal-review item ids the case answers (G1 … G13, D1 …, L1 …). */
  readonly items: ReadonlyArray<string>
  readonly question: string
  readonly law: string
  readonly note?: string
  readonly patch: ReadonlyArray<PatchStep>
  readonly policy: Policy
  readonly expect: Expect
  readonly [field: string]: unknown
}

const clone = <A>(value: A): A => JSON.parse(JSON.stringify(value)) as A

const applyPatch = (document: unknown, steps: ReadonlyArray<PatchStep>, where: string): unknown => {
  const result = clone(document)
  for (const step of steps) {
    const path = ("set" in step ? step.set : step.remove).split(".").map((segment) => (/^\d+$/u.test(segment) ? Number(segment) : segment))
    let node = result as Record<string | number, unknown>
    for (const segment of path.slice(0, -1)) {
      const next = node[segment]
      if (typeof next !== "object" || next === null) throw new Error(`${where}: the patch path \`${path.join(".")}\` does not exist in the base policy`)
      node = next as Record<string | number, unknown>
    }
    const last = path[path.length - 1]!
    if ("set" in step) node[last] = clone(step.value)
    else if (!(last in node)) throw new Error(`${where}: nothing to remove at \`${path.join(".")}\``)
    else if (Array.isArray(node) && typeof last === "number") node.splice(last, 1)
    else delete node[last]
  }
  return result
}

const basePolicies = new Map<string, unknown>()
const baseDocument = (name: string): unknown => {
  if (!basePolicies.has(name)) basePolicies.set(name, parse(readFileSync(join(CONFORMANCE_DIR, "policies", `${name}.yaml`), "utf8")))
  return basePolicies.get(name)
}

/** A policy from a base and a patch; throws with the case's name when the result is not a valid policy. */
export const policyOf = (base: string, patch: ReadonlyArray<PatchStep>, where: string): Policy => {
  const document = applyPatch(baseDocument(base), patch, where)
  const loaded = parsePolicy(JSON.stringify(document), { file: `${where}.json` })
  if (!loaded.ok) throw new Error(`${where}: the patched policy is invalid:\n${loaded.diagnostics.map((d) => `  ${d.message} at ${d.path.join(".")}`).join("\n")}`)
  return loaded.policy
}

/** Every case of a room, in file and list order. */
export const readCases = <Expect>(room: string): ReadonlyArray<Case<Expect>> =>
  readdirSync(join(CONFORMANCE_DIR, room))
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .flatMap((file) => {
      const document = parse(readFileSync(join(CONFORMANCE_DIR, room, file), "utf8")) as { policy: string; cases: ReadonlyArray<Record<string, unknown>> }
      return document.cases.map((entry): Case<Expect> => {
        const where = `${room}/${file} ${String(entry["id"])}`
        const patch = (entry["patch"] ?? []) as ReadonlyArray<PatchStep>
        return {
          ...entry,
          file,
          base: document.policy,
          id: String(entry["id"]),
          items: (entry["items"] ?? []) as ReadonlyArray<string>,
          question: String(entry["question"] ?? ""),
          law: String(entry["law"] ?? ""),
          ...(entry["note"] === undefined ? {} : { note: String(entry["note"]) }),
          patch,
          policy: policyOf(document.policy, patch, where),
          expect: entry["expect"] as Expect
        }
      })
    })

/**
 * What is wrong with a room's cases as documents a lawyer reads: a case
 * that asks no real question or cites no law, or an id used twice.
 */
export const malformedCases = (cases: ReadonlyArray<Case<unknown>>): ReadonlyArray<string> => {
  const seen = new Set<string>()
  return cases.flatMap((c) => [
    ...(c.question.length > 20 ? [] : [`${c.file} ${c.id}: no question`]),
    ...(c.law.length > 0 ? [] : [`${c.file} ${c.id}: no \`law\``]),
    ...(seen.has(c.id) ? [`${c.file} ${c.id}: the id is used twice`] : (seen.add(c.id), []))
  ])
}

/** The legal-review items no case answers. */
export const uncoveredItems = (cases: ReadonlyArray<Case<unknown>>, items: ReadonlyArray<string>): ReadonlyArray<string> => {
  const covered = new Set(cases.flatMap((c) => c.items))
  return items.filter((item) => !covered.has(item))
}
