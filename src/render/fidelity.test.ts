/**
 * Fidelity to the seeds: every fact of each seed policy appears in its
 * Japanese rendering — the committed Markdown and HTML pages, and the text
 * format. Facts come from two independent places: the words the clause maps
 * copy from each seed (every purpose, category, ground, exception …), and
 * what was pattern-matched in the seed text itself (phone numbers, e-mail
 * addresses, postal codes, amounts of yen, dates), kept in
 * `examples/seed-facts.json`.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { loadClauseMap, resolvePath, squash } from "../../examples/clause-map.ts"
import { findPatternFacts, readSeedFacts, SEED_EXAMPLES as SEEDS } from "../../examples/seedFacts.ts"
import { loadPolicyFile } from "../load/loadPolicy.ts"
import type { Policy } from "../model/Policy.ts"
import { catalogs } from "./clauses/index.ts"
import { gregorianJapaneseDate, japaneseEraDate } from "./values.ts"
import { render } from "./render.ts"
import { htmlText } from "../../test/renderFixture.ts"

const root = join(import.meta.dirname, "..", "..")
const seedFacts = readSeedFacts()

/**
 * Clause-map entries whose words are deliberately not printed verbatim, and why.
 * Anything else a clause map copies from a seed must be in the rendering.
 */
const NOT_VERBATIM: Readonly<Record<string, string>> = {
  // Hard-coded cross-references are replaced by generated ones (「上記8.の各号」, 「第2条に定める利用目的」),
  // which stay right when sections move; the seed's own 「上記 1.2.」 even points at a heading 000 does not have.
  "thirdPartyProvision.exceptionsReference.ja": "replaced by a generated cross-reference",
  // The Japanese rendering carries the Japanese title only.
  "title.en": "English"
}

/** A text's pieces between placeholders: what the rendering must print as written (the placeholders become numbers and amounts). */
const writtenPieces = (text: string): ReadonlyArray<string> => squash(text).split(/\{(?:ref|num|fee|amount):[a-z0-9-]+\}/u).filter((piece) => piece !== "")


const fromMarkdown = (markdown: string): string =>
  markdown
    .replace(/(?<!\\)\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/<br>/gu, " ")
    .replace(/\\(.)/gu, "$1")

/** Facts the seed text itself shows, found by their shape when the facts were taken. */
const patternFacts = (seed: keyof typeof SEEDS): ReadonlyArray<string> => seedFacts[seed].patternFacts

/** Facts read from the example: each purpose, joint user, exception (as worded or as the statute words it), address, date. */
const modelFacts = (policy: Policy): ReadonlyArray<string> => {
  const calendar = policy.presentation?.calendar ?? "japanese"
  const date = calendar === "japanese" ? japaneseEraDate : gregorianJapaneseDate
  const provision = policy.thirdPartyProvision
  return [
    ...policy.purposes.items.map((purpose) => purpose.text.ja),
    ...policy.dataCategories.map((category) => category.name.ja),
    ...(policy.jointUses ?? []).flatMap((jointUse) => [...jointUse.users.map((user) => user.name.ja), ...jointUse.responsibleParties.map((party) => party.name.ja)]),
    ...(policy.useBeyondPurpose?.exceptions ?? []).map((exception) => exception.wording?.ja ?? catalogs.ja.useExceptions[exception.id]),
    ...(provision?.exceptions ?? [])
      .filter((exception) => exception.wording !== undefined)
      .map((exception) => exception.wording!.ja),
    ...(provision?.otherGrounds ?? []).map((ground) => ground.text.ja),
    ...(policy.requests?.refusalGrounds ?? []).map((ground) => ground.wording?.ja ?? catalogs.ja.refusalGrounds[ground.id]),
    ...(policy.purposeNotice?.exceptions ?? []).map((ground) => ground.wording?.ja ?? catalogs.ja.nonNotificationGrounds[ground.id]),
    ...[policy.operator.address, ...policy.contactWindows.map((window) => window.address), policy.accreditedOrganization?.address].flatMap((address) =>
      address === undefined ? [] : [address.ja, ...(address.postalCode === undefined ? [] : [`〒${address.postalCode}`])]
    ),
    ...policy.contactWindows.flatMap((window) => [...(window.phones ?? []), ...(window.emails ?? [])]),
    ...(policy.fees ?? []).flatMap((fee) => (fee.amount === undefined ? [] : [`${fee.amount.toLocaleString("en-US")}円`])),
    ...[policy.history?.established, ...(policy.history?.revisions ?? []).map((revision) => revision.date)].flatMap((iso) => (iso === undefined ? [] : [date(iso)]))
  ]
}

describe.each(Object.entries(SEEDS) as ReadonlyArray<[keyof typeof SEEDS, string]>)("seed %s in Japanese", (seed, name) => {
  const loaded = loadPolicyFile(join(root, "examples", `${name}.yaml`))
  if (!loaded.ok) throw new Error(`examples/${name}.yaml does not load`)
  const policy = loaded.policy
  const text = render(policy, { lang: "ja", format: "text" })
  const renderings = {
    "committed Markdown": squash(fromMarkdown(readFileSync(join(root, "examples", "rendered", `${name}.ja.md`), "utf8"))),
    "committed HTML": squash(htmlText(readFileSync(join(root, "examples", "rendered", `${name}.ja.html`), "utf8"))),
    text: squash(text.ok ? text.output : "")
  }

  it.each(Object.keys(renderings))("every clause the clause map copies from the seed is in the %s", (format) => {
    const { clauses } = loadClauseMap(seed)
    const rendered = renderings[format as keyof typeof renderings]
    const checked = clauses.filter((clause) => clause.contains !== undefined && !(clause.path in NOT_VERBATIM))
    expect(checked.length).toBeGreaterThan(10)
    for (const clause of checked) {
      const value = resolvePath(policy, clause.path)
      // Where the example places a number or an amount, the seed's own is replaced: the text around it must be there.
      const expected = typeof value === "string" && value.includes("{") ? writtenPieces(value) : [squash(clause.contains!)]
      for (const piece of expected) expect(rendered, `${clause.clause} (${clause.path})`).toContain(piece)
    }
  })

  it.each(Object.keys(renderings))("every phone, e-mail, postal code, amount and date of the seed is in the %s", (format) => {
    const rendered = renderings[format as keyof typeof renderings]
    for (const fact of patternFacts(seed)) expect(rendered, fact).toContain(fact)
  })

  it.each(Object.keys(renderings))("every purpose, category, joint user, exception, address and date of the example is in the %s", (format) => {
    const rendered = renderings[format as keyof typeof renderings]
    const facts = modelFacts(policy)
    expect(facts.length).toBeGreaterThan(5)
    for (const fact of facts) for (const piece of writtenPieces(fact)) expect(rendered, fact).toContain(piece)
  })
})

describe("the seeds' facts found by pattern", () => {
  it("the pattern finder finds each kind of fact, as printed and squashed", () => {
    const text = "電話 045-319-1785（受付）\nメール privacy@example.co.jp\n〒 221-0834 横浜市\n手数料 1,000円\n平成 17 年 5 月 13 日制定、2022年4月1日改定"
    expect(findPatternFacts(text)).toEqual(["045-319-1785", "privacy@example.co.jp", "〒221-0834", "1,000円", "平成17年5月13日", "2022年4月1日"])
  })

  it("are found at all in the committed facts (the patterns are not vacuous)", () => {
    expect([...patternFacts("000")].sort()).toEqual(["045-319-1785", "privacy@genesis-net.co.jp", "〒221-0834", "平成17年5月13日", "平成22年2月26日"].sort())
    expect(patternFacts("003")).toEqual(expect.arrayContaining(["2020年9月1日", "2022年4月1日", "1,000円", "〒597-0062", "03-6280-4859"]))
    expect(patternFacts("004")).toEqual(expect.arrayContaining(["03-5860-7565", "0120-700-779", "privacy@k-zone.co.jp"]))
  })
})
