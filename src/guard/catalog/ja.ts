/**
 * The guard's explanations in Japanese (see `en.ts`).
 *
 * @since 0.3.0
 */
import type { DecisionCode } from "../decisions.ts"

/** @since 0.3.0 */
export const ja = {
  "declared-purpose": "公表された利用目的の範囲内の取扱いです",
  "statutory-exception": "法令上の例外事由（18条3項各号・27条1項各号）に該当するため、本人の同意なく取り扱うことができます（外国にある第三者への提供も同様、28条1項）",
  "my-number-ground": "番号法19条各号に掲げる場合に該当する特定個人情報の提供です",
  "use-consent": "利用目的の範囲外の利用について本人の同意があります",
  "provision-consent": "第三者提供について本人の同意があります",
  "foreign-consent": "外国にある第三者への提供を認める旨の本人の同意があります",
  "outsourcing": "利用目的の達成に必要な範囲内の委託に伴う提供は、第三者提供に当たりません",
  "joint-use": "通知又は公表された共同利用の範囲内の提供です",
  "opt-out": "届出済みのオプトアウト手続による第三者提供です",
  "business-succession": "事業の承継に伴う提供は、第三者提供に当たりません",
  "anonymized-use": "匿名加工情報は個人情報ではなく、利用目的の制限（18条）を受けません（再識別は禁止、43条5項）",
  "anonymized-provision": "項目と提供の方法を公表した匿名加工情報の提供です。提供先に匿名加工情報である旨を明示してください",
  "invalid-table": "判定表が不正です（この版の判定表ではありません）。すべての要求を拒否します",
  "malformed-request": "要求の形式が不正です",
  "unknown-category": "方針に記載のない個人情報の種別です",
  "unknown-purpose": "方針に記載のない利用目的です。目的外利用には本人の同意が必要です",
  "unknown-exception": "この取扱いについて法令上の例外事由として定められていない事由です",
  "undeclared-exception": "方針が学術研究の例外を記載していません（学術研究機関等に該当するかは方針から判断できないため、記載がある場合に限り認めます）",
  "purpose-not-declared-for-category": "この種別の個人情報について公表された利用目的ではありません",
  "entrusted-data": "委託を受けた個人情報は、委託元の目的にのみ取り扱うことができます",
  "my-number-use-restricted": "特定個人情報は、番号法の定める事務の範囲を超えて利用できません（本人の同意があっても同様。例外は人の生命、身体又は財産の保護のために必要な場合）",
  "my-number-provision-restricted": "特定個人情報は、番号法19条各号の場合を除き提供できません（本人の同意、オプトアウト、共同利用、「法令に基づく場合」一般はこれに当たりません）",
  "my-number-re-entrustment": "委託を受けた個人番号関係事務等の再委託には、最初の委託者の許諾が必要です",
  "pseudonymized-use-restricted": "仮名加工情報は、法令に基づく場合を除き、公表した利用目的の範囲を超えて取り扱えません（本人の同意があっても同様）",
  "pseudonymized-provision-restricted": "仮名加工情報である個人データは、法令に基づく場合を除き第三者に提供できません（本人の同意やオプトアウトによっても不可。委託・事業承継・共同利用は可）",
  "anonymized-not-published": "匿名加工情報を第三者に提供するには、あらかじめ項目と提供の方法を公表しなければなりません",
  "sensitive-no-opt-out": "要配慮個人情報はオプトアウトにより提供できません",
  "opt-out-acquired-data": "オプトアウトにより提供を受けた個人データ（複製・加工したものを含む）は、オプトアウトにより提供できません",
  "opt-out-not-filed": "オプトアウトは個人情報保護委員会に届け出ていないため、提供の根拠になりません。本人の同意が必要です",
  "opt-out-incomplete": "オプトアウトの通知事項が欠けているため、提供の根拠になりません。本人の同意が必要です",
  "foreign-recipient-needs-consent": "外国にある第三者（基準適合体制のない提供先・委託先・共同利用者を含む）への提供には、外国にある第三者への提供を認める旨の本人の同意が必要です",
  "recipient-location-unknown": "提供先の所在国が分からないため、外国にある第三者への提供に当たるか判断できません（国名を指定するか、方針に所在国を記載してください）",
  "recipient-location-conflict": "要求の国名が方針に記載された提供先の所在国と異なります",
  "joint-user-not-declared": "この種別について方針に記載された共同利用者ではありません",
  "joint-use-incomplete": "共同利用の通知事項が欠けているため、共同利用に当たらず、同意を要する第三者提供になります",
  "outsourcing-not-declared": "方針が（この種別についての、又はこの委託先への）委託を記載していません。法は委託の公表を求めていませんが、本ガードは方針に記載された取扱いのみを認めます",
  "outsourcing-excluded": "方針はこの種別を委託しないと定めています",
  "consent-required": "第三者提供には本人の同意が必要です"
} as const satisfies { readonly [C in DecisionCode]: string }
