/**
 * The lint reference's own words in English (\`docs/rules.md\`): what an error and
 * a warning mean, what the rules check against. Apart from the catalog the
 * rules use, so that a bundle that lints (the playground) does not carry them.
 *
 * @since 0.3.0
 */
import type { ReferenceWords } from "./RuleTexts.ts"

/** @since 0.3.0 */
export const enReference = {
  severityLine: [
    "**Errors and warnings.** An `error` means the document itself breaks the law or contradicts itself: it states a practice the law forbids",
    "(a fee for correcting data, provision \"for business necessity\", disclosure only on paper, opt-out provision abroad), a condition the",
    "law sets is shown by the document itself to fail (an opt-out it says is not filed), or two of its statements cannot both be true.",
    "A `warning` means the finding turns on a fact the document cannot show. Most publication duties are met by putting the matter where",
    "the person can know it, which includes another page and answering on request (32(1) 「本人の知り得る状態（本人の求めに応じて遅滞なく回答する場合を含む。）」;",
    "27(2) and 27(5)(iii) 「容易に知り得る状態」; the 28(2) information is given when consent is sought): the operator's address may be on its",
    "company page. Where data is actually handled, and whether a filing was made, are facts outside the document too (a conditional",
    "「外国で保管するときは」 sentence), and so are judgements of degree (an abstract purpose). Each rule below gives the reason for its",
    "severity, naming the fact a warning turns on. A project whose policy is its only publication can raise a rule with `--rule <id>=error`."
  ].join("\n"),
  docs: {
    intro: [
      "`appi-policy lint <files…>` checks a policy against the Act on the Protection of Personal Information",
      "(個人情報保護法, APPI), its Cabinet Order (施行令), the PPC's guidelines and the My Number Act."
    ].join("\n"),
    severityReason: "why this severity",
    language: "English"
  }
} as const satisfies ReferenceWords
