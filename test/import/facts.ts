/**
 * The facts of a policy that the import is measured on (issue #15): every
 * purpose text, category name, phone, e-mail, postal code, amount, date,
 * statutory exception id, joint-use item and contact window, as comparable
 * strings (NFKC, white space removed), and recall and precision of one list
 * of facts against another (multisets: a purpose printed twice counts twice).
 */

type Json = Record<string, unknown>

const squash = (text: string): string => text.normalize("NFKC").replace(/\s+/gu, "")
const textOf = (value: unknown): string => squash(((value as Json | undefined)?.["ja"] as string | undefined) ?? "")
const list = (value: unknown): ReadonlyArray<Json> => (Array.isArray(value) ? (value as ReadonlyArray<Json>) : [])

/** Every postal code anywhere in a value. */
const postalCodes = (value: unknown): ReadonlyArray<string> => {
  if (Array.isArray(value)) return value.flatMap(postalCodes)
  if (value === null || typeof value !== "object") return []
  return Object.entries(value as Json).flatMap(([key, v]) => (key === "postalCode" && typeof v === "string" ? [v] : postalCodes(v)))
}

/** The facts of a policy (a plain JSON value of the model). */
export const policyFacts = (policy: Json): ReadonlyArray<string> => {
  const facts: Array<string> = []
  const purposes = (policy["purposes"] as Json | undefined)?.["items"]
  for (const p of list(purposes)) facts.push(`purpose:${textOf(p["text"])}`)
  for (const c of list(policy["dataCategories"])) facts.push(`category:${textOf(c["name"])}`)
  const windows = list(policy["contactWindows"])
  const accredited = policy["accreditedOrganization"] as Json | undefined
  for (const w of windows) {
    facts.push(`window:${textOf(w["name"])}`)
    for (const phone of (w["phones"] as ReadonlyArray<string> | undefined) ?? []) facts.push(`phone:${phone}`)
    if (typeof w["fax"] === "string") facts.push(`phone:${w["fax"]}`)
    for (const email of (w["emails"] as ReadonlyArray<string> | undefined) ?? []) facts.push(`email:${email}`)
  }
  for (const phone of (accredited?.["phones"] as ReadonlyArray<string> | undefined) ?? []) facts.push(`phone:${phone}`)
  for (const code of postalCodes(policy)) facts.push(`postal:${code}`)
  for (const fee of list(policy["fees"])) if (typeof fee["amount"] === "number") facts.push(`amount:${fee["amount"]}`)
  const history = (policy["history"] as Json | undefined) ?? {}
  if (typeof history["established"] === "string") facts.push(`date:${history["established"]}`)
  if (typeof history["effective"] === "string") facts.push(`date:${history["effective"]}`)
  for (const r of list(history["revisions"])) facts.push(`date:${r["date"]}`)
  const exceptions = (key: string, value: unknown): void => {
    for (const e of list(value)) facts.push(`${key}:${e["id"]}`)
  }
  exceptions("use-exception", (policy["useBeyondPurpose"] as Json | undefined)?.["exceptions"])
  exceptions("provision-exception", (policy["thirdPartyProvision"] as Json | undefined)?.["exceptions"])
  exceptions("notice-exception", (policy["purposeNotice"] as Json | undefined)?.["exceptions"])
  exceptions("refusal-ground", (policy["requests"] as Json | undefined)?.["refusalGrounds"])
  for (const j of list(policy["jointUses"])) for (const item of list(j["items"])) facts.push(`joint-use-item:${textOf(item)}`)
  return facts
}

/** An example's cross-reference (`{num:purposes}`, which the renderer numbers) stands for the policy's own numbering (`3.`, `第5条`). */
const NUMBERING = /\{num:[^}]*\}/gu
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")

/** Recall and precision of `found` against `expected`, as multisets. */
export const compareFacts = (expected: ReadonlyArray<string>, found: ReadonlyArray<string>) => {
  const counts = new Map<string, number>()
  for (const fact of expected) counts.set(fact, (counts.get(fact) ?? 0) + 1)
  const patterns = [...counts.keys()].filter((fact) => NUMBERING.test(fact)).map((fact) => ({ fact, pattern: new RegExp(`^${fact.split(NUMBERING).map(escape).join("[第0-9.条()~-]{0,6}")}$`, "u") }))
  const matched: Array<string> = []
  const extra: Array<string> = []
  for (const found_ of found) {
    const fact = counts.has(found_) ? found_ : (patterns.find(({ fact: f, pattern }) => pattern.test(found_) && (counts.get(f) ?? 0) > 0)?.fact ?? found_)
    const left = counts.get(fact) ?? 0
    if (left > 0) {
      counts.set(fact, left - 1)
      matched.push(fact)
    } else extra.push(fact)
  }
  const missed = [...counts.entries()].flatMap(([fact, n]) => Array.from({ length: n }, () => fact))
  return {
    expected: expected.length,
    found: found.length,
    matched: matched.length,
    recall: expected.length === 0 ? 1 : matched.length / expected.length,
    precision: found.length === 0 ? 1 : matched.length / found.length,
    missed,
    extra
  }
}
