/**
 * The decision table as documentation: the steps `check` takes, in order
 * (the first that matches decides), each with the codes it can give and the
 * article — or, for a policy-conformance step, the policy's clause — it rests
 * on. The README's table is generated from this list, and the conformance
 * suite (test/conformance/guard/) must hold a case for every code of every
 * row, so the table, the code and the cases cannot drift apart.
 *
 * @since 0.2.0
 */
import type { DecisionCode } from "./decisions.ts"

/** One step of the decision procedure. @since 0.2.0 */
export interface DecisionRow {
  readonly request: string
  readonly condition: string
  readonly decision: string
  readonly codes: ReadonlyArray<DecisionCode>
  readonly basis: string
}

/** @since 0.2.0 */
export const DECISION_ROWS: ReadonlyArray<DecisionRow> = [
  {
    request: "any",
    condition: "not an object; `category` not a string; `consent` not an object of booleans (a bare `true` names no consent); `exception`, `purpose`, `provide.to`, `recipient`, `country` (ISO alpha-2) or `entrustorPermission` of the wrong type",
    decision: "denied `malformed-request`",
    codes: ["malformed-request"],
    basis: "–"
  },
  { request: "any", condition: "the table is not a decision table of this format version (any value: the checker never throws)", decision: "denied `invalid-table`", codes: ["invalid-table"], basis: "–" },
  { request: "any", condition: "the category is not declared", decision: "denied `unknown-category`", codes: ["unknown-category"], basis: "policy: `dataCategories`" },
  {
    request: "use",
    condition: "匿名加工情報 (anonymized): the purpose is one the policy declares / is not",
    decision: "allowed `anonymized-use` / denied `unknown-purpose`",
    codes: ["anonymized-use", "unknown-purpose"],
    basis: "43 (not personal information: 18 does not apply)"
  },
  { request: "use", condition: "the purpose is declared for the category", decision: "allowed `declared-purpose`", codes: ["declared-purpose"], basis: "18(1)" },
  {
    request: "use",
    condition: "`exception` is not an item of 18(3) (six items; the joint-research item is 27(1)(vi) only)",
    decision: "denied `unknown-exception`",
    codes: ["unknown-exception"],
    basis: "18(3)"
  },
  {
    request: "use",
    condition: "an academic item (18(3)(v)–(vi)) the policy does not declare for use",
    decision: "denied `undeclared-exception`",
    codes: ["undeclared-exception"],
    basis: "policy: `useBeyondPurpose.exceptions`"
  },
  { request: "use", condition: "仮名加工情報 with any exception but `laws-and-regulations`", decision: "denied `pseudonymized-use-restricted`", codes: ["pseudonymized-use-restricted"], basis: "41(3)" },
  { request: "use", condition: "My Number data with any exception but `life-body-property`", decision: "denied `my-number-use-restricted`", codes: ["my-number-use-restricted"], basis: "番号法 9, 30" },
  { request: "use", condition: "a valid exception", decision: "allowed `statutory-exception`", codes: ["statutory-exception"], basis: "18(3)" },
  { request: "use", condition: "My Number data (consent does not widen its purposes)", decision: "denied `my-number-use-restricted`", codes: ["my-number-use-restricted"], basis: "番号法 9, 30" },
  { request: "use", condition: "data handled for a client (`entrusted`)", decision: "denied `entrusted-data`", codes: ["entrusted-data"], basis: "27(5)(i)" },
  { request: "use", condition: "仮名加工情報 (consent does not help)", decision: "denied `pseudonymized-use-restricted`", codes: ["pseudonymized-use-restricted"], basis: "41(3)" },
  { request: "use", condition: "`consent.purpose`", decision: "allowed `use-consent`", codes: ["use-consent"], basis: "18(1)" },
  {
    request: "use",
    condition: "otherwise: the purpose is declared for other categories / not at all",
    decision: "denied `purpose-not-declared-for-category` / `unknown-purpose`",
    codes: ["purpose-not-declared-for-category", "unknown-purpose"],
    basis: "18(1)"
  },
  {
    request: "provide",
    condition: "匿名加工情報: its items and method of provision are published / are not",
    decision: "allowed `anonymized-provision` / denied `anonymized-not-published`",
    codes: ["anonymized-provision", "anonymized-not-published"],
    basis: "43(4)"
  },
  {
    request: "provide",
    condition: "where the recipient is: neither the policy (a declared recipient's `country`) nor the request (`country`) says / they disagree",
    decision: "denied `recipient-location-unknown` / `recipient-location-conflict`",
    codes: ["recipient-location-unknown", "recipient-location-conflict"],
    basis: "28(1) (never assumed domestic)"
  },
  {
    request: "provide to `successor`",
    condition: "at home: Japan, a Rule 15 country (EEA, UK), or a declared recipient with a Rule 16 system",
    decision: "allowed `business-succession`",
    codes: ["business-succession"],
    basis: "27(5)(ii)"
  },
  {
    request: "provide to `outsourcee`",
    condition: "anywhere; the policy states the category is never entrusted (`neverOutsourced`)",
    decision: "denied `outsourcing-excluded`",
    codes: ["outsourcing-excluded"],
    basis: "policy: `dataCategories[].neverOutsourced`"
  },
  {
    request: "provide to `outsourcee`",
    condition: "at home; My Number data handled for a client, without `entrustorPermission`",
    decision: "denied `my-number-re-entrustment`",
    codes: ["my-number-re-entrustment"],
    basis: "番号法 10"
  },
  {
    request: "provide to `outsourcee`",
    condition: "at home; the policy declares no outsourcing, or names outsourcees and not this one for the category",
    decision: "denied `outsourcing-not-declared`",
    codes: ["outsourcing-not-declared"],
    basis: "policy: `outsourcing` (27(5)(i) needs no publication)"
  },
  { request: "provide to `outsourcee`", condition: "at home, otherwise", decision: "allowed `outsourcing`", codes: ["outsourcing"], basis: "27(5)(i)" },
  {
    request: "provide to `joint-user`",
    condition: "at home; a joint user declared for the category, its joint use stating all five matters; not My Number data",
    decision: "allowed `joint-use`",
    codes: ["joint-use"],
    basis: "27(5)(iii)"
  },
  {
    request: "provide (any other: a third party; any recipient abroad, 28(1) disapplying 27(5); a joint use that fails)",
    condition: "My Number data with an exception: a 番号法 19 ground (abroad only `life-body-property`) / anything else",
    decision: "allowed `my-number-ground` / denied `my-number-provision-restricted`",
    codes: ["my-number-ground", "my-number-provision-restricted"],
    basis: "番号法 19"
  },
  { request: "provide (as above)", condition: "`exception` is not an item of 27(1) (seven items)", decision: "denied `unknown-exception`", codes: ["unknown-exception"], basis: "27(1)" },
  {
    request: "provide (as above)",
    condition: "an academic item (27(1)(v)–(vii)) the policy does not declare for provision (one declared for use does not count)",
    decision: "denied `undeclared-exception`",
    codes: ["undeclared-exception"],
    basis: "policy: `thirdPartyProvision.exceptions`"
  },
  {
    request: "provide (as above)",
    condition: "仮名加工情報 with any exception but `laws-and-regulations`",
    decision: "denied `pseudonymized-provision-restricted`",
    codes: ["pseudonymized-provision-restricted"],
    basis: "41(6)"
  },
  { request: "provide (as above)", condition: "a valid exception, at home or abroad", decision: "allowed `statutory-exception`", codes: ["statutory-exception"], basis: "27(1); 28(1) 「前条第一項各号に掲げる場合を除くほか」" },
  { request: "provide (as above)", condition: "My Number data (no consent, opt-out or joint use)", decision: "denied `my-number-provision-restricted`", codes: ["my-number-provision-restricted"], basis: "番号法 19" },
  { request: "provide (as above)", condition: "data handled for a client", decision: "denied `entrusted-data`", codes: ["entrusted-data"], basis: "27(5)(i)" },
  {
    request: "provide (as above)",
    condition: "仮名加工情報 (not on consent, not by opt-out)",
    decision: "denied `pseudonymized-provision-restricted`",
    codes: ["pseudonymized-provision-restricted"],
    basis: "41(6); PPC Q&A 14-17"
  },
  {
    request: "provide (as above)",
    condition: "abroad: `consent.foreign` / not (a general `consent.provision` is not the 28(1) consent)",
    decision: "allowed `foreign-consent` / denied `foreign-recipient-needs-consent`",
    codes: ["foreign-consent", "foreign-recipient-needs-consent"],
    basis: "28(1), Rule 17(2); PPC Q&A 12-1"
  },
  { request: "provide (as above)", condition: "`consent.provision`", decision: "allowed `provision-consent`", codes: ["provision-consent"], basis: "27(1)" },
  {
    request: "provide to `joint-user` (as above)",
    condition: "not a joint user declared for the category / its joint use lacks a matter",
    decision: "denied `joint-user-not-declared` / `joint-use-incomplete`",
    codes: ["joint-user-not-declared", "joint-use-incomplete"],
    basis: "policy: `jointUses` / 27(5)(iii)"
  },
  {
    request: "provide to `third-party`",
    condition: "under the opt-out: filed and complete / holds special-care data / received by opt-out / not filed / an item missing",
    decision: "allowed `opt-out` / denied `sensitive-no-opt-out`, `opt-out-acquired-data`, `opt-out-not-filed`, `opt-out-incomplete`",
    codes: ["opt-out", "sensitive-no-opt-out", "opt-out-acquired-data", "opt-out-not-filed", "opt-out-incomplete"],
    basis: "27(2) and its proviso; Rule 11"
  },
  { request: "provide to `third-party`", condition: "otherwise", decision: "denied `consent-required`", codes: ["consent-required"], basis: "27(1)" }
]

/**
 * The table as Markdown, for the README.
 *
 * @since 0.2.0
 */
export const decisionRowsMarkdown = (): string =>
  [
    "| # | request | condition | decision | rests on |",
    "| --- | --- | --- | --- | --- |",
    ...DECISION_ROWS.map((row, i) => `| ${i + 1} | ${row.request} | ${row.condition} | ${row.decision} | ${row.basis.replace(/^(\d)/u, "APPI $1")} |`)
  ].join("\n")
