/**
 * The decisions a check can return: one frozen object per code, built once,
 * so a check allocates nothing. Each says what it rests on: the statute
 * (`basis: "law"`, the article) or the policy (`basis: "policy"`, the clause
 * the policy lacks) — the guard allows only what the policy declares, which is
 * sometimes stricter than the law, and it says so rather than cite an article.
 *
 * @since 0.1.0
 */

/** @since 0.1.0 */
export type AllowCode =
  | "declared-purpose"
  | "statutory-exception"
  | "my-number-ground"
  | "use-consent"
  | "provision-consent"
  | "foreign-consent"
  | "outsourcing"
  | "joint-use"
  | "opt-out"
  | "business-succession"
  | "anonymized-use"
  | "anonymized-provision"

/** @since 0.1.0 */
export type DenyCode =
  | "invalid-table"
  | "malformed-request"
  | "unknown-category"
  | "unknown-purpose"
  | "unknown-exception"
  | "undeclared-exception"
  | "purpose-not-declared-for-category"
  | "entrusted-data"
  | "my-number-use-restricted"
  | "my-number-provision-restricted"
  | "my-number-re-entrustment"
  | "pseudonymized-use-restricted"
  | "pseudonymized-provision-restricted"
  | "anonymized-not-published"
  | "sensitive-no-opt-out"
  | "opt-out-acquired-data"
  | "opt-out-not-filed"
  | "opt-out-incomplete"
  | "foreign-recipient-needs-consent"
  | "recipient-location-unknown"
  | "recipient-location-conflict"
  | "joint-user-not-declared"
  | "joint-use-incomplete"
  | "outsourcing-not-declared"
  | "outsourcing-excluded"
  | "consent-required"

/** @since 0.1.0 */
export type DecisionCode = AllowCode | DenyCode

/** @since 0.1.0 */
export interface Decision {
  readonly allowed: boolean
  readonly code: DecisionCode
  /** `law`: the decision is the statute's; `policy`: the guard holds the service to what the policy declares. */
  readonly basis: "law" | "policy"
  /** The provision the decision rests on (e.g. `APPI 28(1)`), or for a policy-based one the policy's clause (e.g. `policy: outsourcing.used`). */
  readonly article: string
  readonly explain: { readonly ja: string; readonly en: string }
}

const decision = (allowed: boolean, code: DecisionCode, basis: "law" | "policy", article: string, ja: string, en: string): Decision =>
  Object.freeze({ allowed, code, basis, article, explain: Object.freeze({ ja, en }) })
const allow = (code: AllowCode, article: string, ja: string, en: string): Decision => decision(true, code, "law", article, ja, en)
const deny = (code: DenyCode, article: string, ja: string, en: string): Decision => decision(false, code, "law", article, ja, en)
const denyByPolicy = (code: DenyCode, clause: string, ja: string, en: string): Decision => decision(false, code, "policy", `policy: ${clause}`, ja, en)

/**
 * Every decision, by code.
 *
 * @since 0.1.0
 */
export const DECISIONS: { readonly [C in DecisionCode]: Decision } = Object.freeze({
  "declared-purpose": allow("declared-purpose", "APPI 18(1)", "公表された利用目的の範囲内の取扱いです", "the use is within a purpose declared for this category"),
  "statutory-exception": allow(
    "statutory-exception",
    "APPI 18(3), 27(1)",
    "法令上の例外事由（18条3項各号・27条1項各号）に該当するため、本人の同意なく取り扱うことができます（外国にある第三者への提供も同様、28条1項）",
    "an item of 18(3) or 27(1) applies, so no consent is needed (for a recipient abroad too, 28(1))"
  ),
  "my-number-ground": allow("my-number-ground", "番号法 19", "番号法19条各号に掲げる場合に該当する特定個人情報の提供です", "the provision of My Number data is one the My Number Act 19 lists"),
  "use-consent": allow("use-consent", "APPI 18(1)", "利用目的の範囲外の利用について本人の同意があります", "the person has consented to the use beyond the purposes"),
  "provision-consent": allow("provision-consent", "APPI 27(1)", "第三者提供について本人の同意があります", "the person has consented to the provision to a third party"),
  "foreign-consent": allow(
    "foreign-consent",
    "APPI 28(1), Enforcement Rules 17(2)",
    "外国にある第三者への提供を認める旨の本人の同意があります",
    "the person has consented to provision to a third party in a foreign country"
  ),
  outsourcing: allow("outsourcing", "APPI 27(5)(i)", "利用目的の達成に必要な範囲内の委託に伴う提供は、第三者提供に当たりません", "provision to an outsourcee within the purposes is not third-party provision"),
  "joint-use": allow("joint-use", "APPI 27(5)(iii)", "通知又は公表された共同利用の範囲内の提供です", "the recipient is a joint user of this category, with every matter of the joint use stated"),
  "opt-out": allow("opt-out", "APPI 27(2)", "届出済みのオプトアウト手続による第三者提供です", "the category is provided under the filed, complete opt-out"),
  "business-succession": allow("business-succession", "APPI 27(5)(ii)", "事業の承継に伴う提供は、第三者提供に当たりません", "provision on a business succession is not third-party provision"),
  "anonymized-use": allow("anonymized-use", "APPI 43", "匿名加工情報は個人情報ではなく、利用目的の制限（18条）を受けません（再識別は禁止、43条5項）", "anonymously processed information is not personal information: 18 does not limit its use (re-identification is forbidden, 43(5))"),
  "anonymized-provision": allow(
    "anonymized-provision",
    "APPI 43(4)",
    "項目と提供の方法を公表した匿名加工情報の提供です。提供先に匿名加工情報である旨を明示してください",
    "anonymously processed information whose items and method of provision are published; tell the recipient it is anonymously processed information"
  ),
  "invalid-table": deny("invalid-table", "-", "判定表が不正です（この版の判定表ではありません）。すべての要求を拒否します", "the decision table is not one of this format version: every request is denied"),
  "malformed-request": deny("malformed-request", "-", "要求の形式が不正です", "the request is malformed"),
  "unknown-category": denyByPolicy("unknown-category", "dataCategories", "方針に記載のない個人情報の種別です", "the category is not declared in the policy"),
  "unknown-purpose": deny("unknown-purpose", "APPI 18(1)", "方針に記載のない利用目的です。目的外利用には本人の同意が必要です", "the purpose is not declared in the policy; use beyond the purposes needs the person's consent"),
  "unknown-exception": deny("unknown-exception", "APPI 18(3), 27(1)", "この取扱いについて法令上の例外事由として定められていない事由です", "the claimed ground is not an item of the statutory list for this handling"),
  "undeclared-exception": denyByPolicy(
    "undeclared-exception",
    "useBeyondPurpose.exceptions / thirdPartyProvision.exceptions",
    "方針が学術研究の例外を記載していません（学術研究機関等に該当するかは方針から判断できないため、記載がある場合に限り認めます）",
    "the policy does not declare this academic-research item (whether the operator is an academic research institution cannot be told from the policy, so the guard allows it only where declared)"
  ),
  "purpose-not-declared-for-category": deny(
    "purpose-not-declared-for-category",
    "APPI 18(1)",
    "この種別の個人情報について公表された利用目的ではありません",
    "the purpose is not declared for this category"
  ),
  "entrusted-data": deny("entrusted-data", "APPI 27(5)(i)", "委託を受けた個人情報は、委託元の目的にのみ取り扱うことができます", "data handled on a client's behalf may serve only the client's purpose"),
  "my-number-use-restricted": deny(
    "my-number-use-restricted",
    "番号法 9, 30",
    "特定個人情報は、番号法の定める事務の範囲を超えて利用できません（本人の同意があっても同様。例外は人の生命、身体又は財産の保護のために必要な場合）",
    "My Number data may not be used beyond the affairs the My Number Act allows, even with consent (save to protect life, body or property)"
  ),
  "my-number-provision-restricted": deny(
    "my-number-provision-restricted",
    "番号法 19",
    "特定個人情報は、番号法19条各号の場合を除き提供できません（本人の同意、オプトアウト、共同利用、「法令に基づく場合」一般はこれに当たりません）",
    "My Number data may be provided only in the cases of the My Number Act 19 (not on consent, by opt-out, for joint use, nor on APPI's general 'based on laws' item)"
  ),
  "my-number-re-entrustment": deny(
    "my-number-re-entrustment",
    "番号法 10",
    "委託を受けた個人番号関係事務等の再委託には、最初の委託者の許諾が必要です",
    "re-entrusting My Number affairs entrusted to the operator needs the permission of the original entrusting party"
  ),
  "pseudonymized-use-restricted": deny(
    "pseudonymized-use-restricted",
    "APPI 41(3)",
    "仮名加工情報は、法令に基づく場合を除き、公表した利用目的の範囲を超えて取り扱えません（本人の同意があっても同様）",
    "pseudonymously processed information may not be handled beyond its published purposes save as laws require, even with consent"
  ),
  "pseudonymized-provision-restricted": deny(
    "pseudonymized-provision-restricted",
    "APPI 41(6)",
    "仮名加工情報である個人データは、法令に基づく場合を除き第三者に提供できません（本人の同意やオプトアウトによっても不可。委託・事業承継・共同利用は可）",
    "pseudonymously processed personal data may go to a third party only as laws require — not on consent nor by opt-out (outsourcing, succession and joint use remain)"
  ),
  "anonymized-not-published": deny(
    "anonymized-not-published",
    "APPI 43(4)",
    "匿名加工情報を第三者に提供するには、あらかじめ項目と提供の方法を公表しなければなりません",
    "providing anonymously processed information needs its items and the method of provision published in advance"
  ),
  "sensitive-no-opt-out": deny("sensitive-no-opt-out", "APPI 27(2)", "要配慮個人情報はオプトアウトにより提供できません", "special-care data cannot be provided by opt-out"),
  "opt-out-acquired-data": deny(
    "opt-out-acquired-data",
    "APPI 27(2)",
    "オプトアウトにより提供を受けた個人データ（複製・加工したものを含む）は、オプトアウトにより提供できません",
    "personal data received by opt-out (copies and processed versions included) cannot be provided on by opt-out"
  ),
  "opt-out-not-filed": deny(
    "opt-out-not-filed",
    "APPI 27(2)",
    "オプトアウトは個人情報保護委員会に届け出ていないため、提供の根拠になりません。本人の同意が必要です",
    "the opt-out is not filed with the Commission, so it is no ground: provision needs consent"
  ),
  "opt-out-incomplete": deny(
    "opt-out-incomplete",
    "APPI 27(2), Enforcement Rules 11",
    "オプトアウトの通知事項が欠けているため、提供の根拠になりません。本人の同意が必要です",
    "the opt-out lacks items the person must be told, so it is no ground: provision needs consent"
  ),
  "foreign-recipient-needs-consent": deny(
    "foreign-recipient-needs-consent",
    "APPI 28(1)",
    "外国にある第三者（基準適合体制のない提供先・委託先・共同利用者を含む）への提供には、外国にある第三者への提供を認める旨の本人の同意が必要です",
    "provision to a third party in a foreign country — outsourcee and joint user included, unless it has a system meeting the standard — needs the person's consent to provision abroad"
  ),
  "recipient-location-unknown": deny(
    "recipient-location-unknown",
    "APPI 28(1)",
    "提供先の所在国が分からないため、外国にある第三者への提供に当たるか判断できません（国名を指定するか、方針に所在国を記載してください）",
    "where the recipient is is not known, so whether 28 applies cannot be told: name its country, or declare it in the policy"
  ),
  "recipient-location-conflict": deny(
    "recipient-location-conflict",
    "APPI 28(1)",
    "要求の国名が方針に記載された提供先の所在国と異なります",
    "the request's country differs from the country the policy declares for the recipient"
  ),
  "joint-user-not-declared": denyByPolicy("joint-user-not-declared", "jointUses", "この種別について方針に記載された共同利用者ではありません", "the recipient is not a joint user the policy declares for this category"),
  "joint-use-incomplete": deny(
    "joint-use-incomplete",
    "APPI 27(5)(iii)",
    "共同利用の通知事項が欠けているため、共同利用に当たらず、同意を要する第三者提供になります",
    "the joint use lacks matters the person must be told, so sharing is third-party provision that needs consent"
  ),
  "outsourcing-not-declared": denyByPolicy(
    "outsourcing-not-declared",
    "outsourcing",
    "方針が（この種別についての、又はこの委託先への）委託を記載していません。法は委託の公表を求めていませんが、本ガードは方針に記載された取扱いのみを認めます",
    "the policy does not declare outsourcing (of this category, or to this outsourcee); the law does not require it to, but the guard allows only what the policy declares"
  ),
  "outsourcing-excluded": denyByPolicy(
    "outsourcing-excluded",
    "dataCategories[].neverOutsourced",
    "方針はこの種別を委託しないと定めています",
    "the policy states this category is never entrusted to others"
  ),
  "consent-required": deny("consent-required", "APPI 27(1)", "第三者提供には本人の同意が必要です", "provision to a third party needs the person's consent")
})
