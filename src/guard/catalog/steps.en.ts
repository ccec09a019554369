/**
 * The decision procedure's steps in words, for the README's table (English,
 * like the rest of the developer documentation; the statute's terms are
 * quoted in Japanese where the English would be ambiguous). `note` adds to
 * what the step rests on.
 *
 * @since 0.3.0
 */
import type { StepId } from "../steps.ts"

/** @since 0.3.0 */
export interface StepWords {
  readonly request: string
  readonly condition: string
  readonly note?: string
}

const provideAsAbove = "provide (as above)"

/** @since 0.3.0 */
export const STEPS_EN: { readonly [S in StepId]: StepWords } = {
  "malformed-request": {
    request: "any",
    condition:
      "not an object; `category` not a string; `consent` not an object of booleans (a bare `true` names no consent); `exception`, `purpose`, `provide.to`, `recipient`, `country` (ISO alpha-2) or `entrustorPermission` of the wrong type"
  },
  "invalid-table": { request: "any", condition: "the table is not a decision table of this format version (any value: the checker never throws)" },
  "unknown-category": { request: "any", condition: "the category is not declared" },
  "anonymized-use": { request: "use", condition: "匿名加工情報 (anonymized): the purpose is one the policy declares / is not", note: "not personal information: 18 does not apply" },
  "declared-purpose": { request: "use", condition: "the purpose is declared for the category" },
  "use-unknown-exception": { request: "use", condition: "`exception` is not an item of 18(3) (six items; the joint-research item is 27(1)(vi) only)" },
  "use-undeclared-exception": { request: "use", condition: "an academic item (18(3)(v)–(vi)) the policy does not declare for use" },
  "pseudonymized-use-exception": { request: "use", condition: "仮名加工情報 with any exception but `laws-and-regulations`" },
  "my-number-use-exception": { request: "use", condition: "My Number data with any exception but `life-body-property`" },
  "use-statutory-exception": { request: "use", condition: "a valid exception" },
  "my-number-use": { request: "use", condition: "My Number data (consent does not widen its purposes)" },
  "entrusted-use": { request: "use", condition: "data handled for a client (`entrusted`)" },
  "pseudonymized-use": { request: "use", condition: "仮名加工情報 (consent does not help)" },
  "use-consent": { request: "use", condition: "`consent.purpose`" },
  "purpose-not-declared": { request: "use", condition: "otherwise: the purpose is declared for other categories / not at all" },
  "anonymized-provision": { request: "provide", condition: "匿名加工情報: its items and method of provision are published / are not" },
  "recipient-location": {
    request: "provide",
    condition: "where the recipient is: neither the policy (a declared recipient's `country`) nor the request (`country`) says / they disagree",
    note: "never assumed domestic"
  },
  "business-succession": { request: "provide to `successor`", condition: "at home: Japan, a Rule 15 country (EEA, UK), or a declared recipient with a Rule 16 system" },
  "outsourcing-excluded": { request: "provide to `outsourcee`", condition: "anywhere; the policy states the category is never entrusted (`neverOutsourced`)" },
  "my-number-re-entrustment": { request: "provide to `outsourcee`", condition: "at home; My Number data handled for a client, without `entrustorPermission`" },
  "outsourcing-not-declared": {
    request: "provide to `outsourcee`",
    condition: "at home; the policy declares no outsourcing, or names outsourcees and not this one for the category",
    note: "27(5)(i) needs no publication"
  },
  "outsourcing": { request: "provide to `outsourcee`", condition: "at home, otherwise" },
  "joint-use": { request: "provide to `joint-user`", condition: "at home; a joint user declared for the category, its joint use stating all five matters; not My Number data" },
  "my-number-provision-exception": {
    request: "provide (any other: a third party; any recipient abroad, 28(1) disapplying 27(5); a joint use that fails)",
    condition: "My Number data with an exception: a 番号法 19 ground (abroad only `life-body-property`) / anything else"
  },
  "provision-unknown-exception": { request: provideAsAbove, condition: "`exception` is not an item of 27(1) (seven items)" },
  "provision-undeclared-exception": {
    request: provideAsAbove,
    condition: "an academic item (27(1)(v)–(vii)) the policy does not declare for provision (one declared for use does not count)"
  },
  "pseudonymized-provision-exception": { request: provideAsAbove, condition: "仮名加工情報 with any exception but `laws-and-regulations`" },
  "provision-statutory-exception": { request: provideAsAbove, condition: "a valid exception, at home or abroad", note: "28(1): 「前条第一項各号に掲げる場合を除くほか」" },
  "my-number-provision": { request: provideAsAbove, condition: "My Number data (no consent, opt-out or joint use)" },
  "entrusted-provision": { request: provideAsAbove, condition: "data handled for a client" },
  "pseudonymized-provision": { request: provideAsAbove, condition: "仮名加工情報 (not on consent, not by opt-out)" },
  "foreign-consent": { request: provideAsAbove, condition: "abroad: `consent.foreign` / not (a general `consent.provision` is not the 28(1) consent)" },
  "provision-consent": { request: provideAsAbove, condition: "`consent.provision`" },
  "joint-user": { request: "provide to `joint-user` (as above)", condition: "not a joint user declared for the category / its joint use lacks a matter" },
  "opt-out": {
    request: "provide to `third-party`",
    condition: "under the opt-out: filed and complete / holds special-care data / received by opt-out / not filed / an item missing",
    note: "27(2) with its proviso"
  },
  "consent-required": { request: "provide to `third-party`", condition: "otherwise" }
}
