/**
 * The decisions a check can return: one frozen object per code, built once,
 * so a check allocates nothing. Explanations are bilingual and cite the article.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export type AllowCode = "declared-purpose" | "statutory-exception" | "consent" | "outsourcing" | "joint-use" | "opt-out" | "business-succession"

/** @since 0.1.0 */
export type DenyCode =
  | "malformed-request"
  | "unknown-category"
  | "unknown-purpose"
  | "unknown-exception"
  | "undeclared-exception"
  | "purpose-not-declared-for-category"
  | "entrusted-data"
  | "my-number-restricted"
  | "sensitive-no-opt-out"
  | "foreign-recipient-needs-consent"
  | "joint-user-not-declared"
  | "outsourcing-not-declared"
  | "consent-required"

/** @since 0.1.0 */
export type DecisionCode = AllowCode | DenyCode

/** @since 0.1.0 */
export interface Decision {
  readonly allowed: boolean
  readonly code: DecisionCode
  /** The provision the decision rests on, e.g. `APPI 18(1)`. */
  readonly article: string
  readonly explain: { readonly ja: string; readonly en: string }
}

const allow = (code: AllowCode, article: string, ja: string, en: string): Decision => Object.freeze({ allowed: true, code, article, explain: Object.freeze({ ja, en }) })
const deny = (code: DenyCode, article: string, ja: string, en: string): Decision => Object.freeze({ allowed: false, code, article, explain: Object.freeze({ ja, en }) })

/**
 * Every decision, by code.
 *
 * @since 0.1.0
 */
export const DECISIONS: { readonly [C in DecisionCode]: Decision } = Object.freeze({
  "declared-purpose": allow("declared-purpose", "APPI 18(1)", "公表された利用目的の範囲内の取扱いです", "the use is within a purpose declared for this category"),
  "statutory-exception": allow("statutory-exception", "APPI 18(3), 27(1)", "法令上の例外事由に該当するため、本人の同意なく取り扱うことができます", "a statutory exception applies, so no consent is needed"),
  consent: allow("consent", "APPI 18(1), 27(1), 28(1)", "本人の同意に基づく取扱いです", "the person has consented"),
  outsourcing: allow("outsourcing", "APPI 27(5)(i)", "利用目的の達成に必要な範囲内の委託に伴う提供は、第三者提供に当たりません", "provision to an outsourcee within the purposes is not third-party provision"),
  "joint-use": allow("joint-use", "APPI 27(5)(iii)", "公表された共同利用の範囲内の提供です", "the recipient is a declared joint user of this category"),
  "opt-out": allow("opt-out", "APPI 27(2)", "オプトアウト手続による第三者提供です", "the category is provided under the declared opt-out"),
  "business-succession": allow("business-succession", "APPI 27(5)(ii)", "事業の承継に伴う提供は、第三者提供に当たりません", "provision on a business succession is not third-party provision"),
  "malformed-request": deny("malformed-request", "-", "要求の形式が不正です", "the request is malformed"),
  "unknown-category": deny("unknown-category", "APPI 17(1)", "方針に記載のない個人情報の種別です", "the category is not declared in the policy"),
  "unknown-purpose": deny("unknown-purpose", "APPI 18(1)", "方針に記載のない利用目的です", "the purpose is not declared in the policy"),
  "unknown-exception": deny("unknown-exception", "APPI 18(3), 27(1)", "法令上の例外事由として認められない事由です", "the claimed exception is not a statutory exception"),
  "undeclared-exception": deny("undeclared-exception", "APPI 18(3)(v)-(vi), 27(1)(v)-(vii)", "学術研究の例外は、方針に記載された場合にのみ主張できます", "an academic-research exception applies only where the policy declares it"),
  "purpose-not-declared-for-category": deny(
    "purpose-not-declared-for-category",
    "APPI 18(1)",
    "この種別の個人情報について公表された利用目的ではありません",
    "the purpose is not declared for this category"
  ),
  "entrusted-data": deny("entrusted-data", "APPI 27(5)(i)", "委託を受けた個人情報は、委託元の目的にのみ取り扱うことができます", "data handled on a client's behalf may serve only the client's purpose"),
  "my-number-restricted": deny("my-number-restricted", "番号法 19, 30", "特定個人情報は、番号法の定める場合を除き、目的外利用・提供ができません", "My Number data may be used or provided only as the My Number Act allows"),
  "sensitive-no-opt-out": deny("sensitive-no-opt-out", "APPI 27(2)", "要配慮個人情報はオプトアウトにより提供できません", "special-care data cannot be provided by opt-out"),
  "foreign-recipient-needs-consent": deny("foreign-recipient-needs-consent", "APPI 28(1)", "外国にある第三者への提供には本人の同意が必要です", "provision to a recipient in a foreign country needs the person's consent"),
  "joint-user-not-declared": deny("joint-user-not-declared", "APPI 27(5)(iii)", "公表された共同利用者ではありません", "the recipient is not a declared joint user of this category"),
  "outsourcing-not-declared": deny("outsourcing-not-declared", "APPI 27(5)(i)", "方針に委託の記載がありません", "the policy does not declare outsourcing"),
  "consent-required": deny("consent-required", "APPI 27(1)", "第三者提供には本人の同意が必要です", "provision to a third party needs the person's consent")
})
