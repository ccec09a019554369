/**
 * Data held or processed abroad: the security measures describe the foreign
 * environment and name the countries (32(1)(iv), 令10(i); guidelines:
 * 外的環境の把握).
 *
 * @since 0.1.0
 */
import { destinations } from "../facts.ts"
import { defineRule } from "../Rule.ts"

const KIND = {
  recipient: { en: "the recipient", ja: "提供先" },
  entrustee: { en: "the outsourcee", ja: "委託先" },
  "joint-user": { en: "the joint user", ja: "共同利用者" }
} as const

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "foreign-country-unnamed",
    severity: "warning",
    severityReason: {
      en: "warning: whether data is actually handled abroad is a fact the document may not show (a conditional 「外国で保管するときは」 sentence; a recipient that holds the data as its own), and the measures may be answered on request (Order 10(i))",
      ja: "警告: 実際に外国でデータを取り扱っているかは文書から分からないことがあり（「外国で保管するときは」という条件文、データを自らのものとして保有する提供先）、安全管理措置は求めに応じて回答してもよい（施行令10条1号）"
    },
    citation: { en: "APPI 32(1)(iv); Cabinet Order 10(i); PPC General Guidelines 3-8-1, 10-7", ja: "個人情報保護法32条1項4号、施行令10条1号、通則ガイドライン3-8-1・10-7" },
    description: {
      en: "when data is held or processed abroad, the security measures describe the foreign environment and name the countries",
      ja: "外国で個人データを取り扱う場合、安全管理措置に外的環境の把握と国名が示されている"
    },
    docs: {
      en: "An operator that handles personal data in a foreign country (its own office, a cloud server abroad, an outsourcee abroad) must understand that country's system for protecting personal information and take measures accordingly (外的環境の把握, PPC General Guidelines 10-7, a security measure). The published security measures then name the country (Cabinet Order 10(i), GL 3-8-1). The rule reports a foreign-environment statement without a country; a policy whose recipients, outsourcees or joint users are abroad (or whose provision 'may include' recipients abroad) with no foreign environment at all; and an outsourcee in a country the statement does not list. Strictly, the duty concerns the operator's own handling, including through outsourcees; a recipient or joint user abroad holds the data as its own, so for them the finding asks to check where the data is handled.",
      ja: "外国（自社の拠点、外国のクラウドサーバ、外国の委託先など）で個人データを取り扱う事業者は、その国の個人情報保護制度を把握した上で安全管理措置を講じなければならない（外的環境の把握、通則ガイドライン10-7）。公表する安全管理措置にはその国名を含める（施行令10条1号、ガイドライン3-8-1）。このルールは、国名のない外的環境の記載、提供先・委託先・共同利用者が外国にある（又は外国にある提供先を含みうる）のに外的環境の記載がない方針、外的環境に挙げていない国にある委託先を報告する。厳密には義務の対象は委託先を通じたものを含む事業者自身の取扱いであり、外国の提供先や共同利用者は自らのものとしてデータを保有するので、それらについてはどこで取り扱うかを確認するよう求める指摘である。"
    },
    messages: {
      unnamed: {
        en: "the policy describes handling data abroad but names no country",
        ja: "外国での取扱いに触れているが国名がない",
        help: {
          en: "list the countries in `securityMeasures.externalEnvironment.countries` (e.g. `US`), or drop the section if no data is handled abroad",
          ja: "`securityMeasures.externalEnvironment.countries` に国コード（例: `US`）を記載する。外国で取り扱わない場合はこの記載を削る"
        }
      },
      "environment-missing": {
        en: "{what} `{name}` is in `{country}`, but the security measures say nothing of the foreign environment",
        ja: "{whatJa} `{name}` は `{country}` にあるが、安全管理措置に外的環境の把握の記載がない",
        help: {
          en: "if personal data is handled in `{country}` (by the operator or its outsourcee), add `securityMeasures.externalEnvironment` with the country and what was learned of its system",
          ja: "`{country}` で個人データを取り扱う（自社又は委託先）場合は、`securityMeasures.externalEnvironment` に国名と制度の把握を記載する"
        }
      },
      "may-be-abroad": {
        en: "the provision `{id}` may go to recipients abroad, but the security measures say nothing of the foreign environment",
        ja: "提供 `{id}` は外国にある提供先を含みうるが、安全管理措置に外的環境の把握の記載がない",
        help: {
          en: "if personal data is handled abroad, add `securityMeasures.externalEnvironment` with the countries",
          ja: "外国で個人データを取り扱う場合は、`securityMeasures.externalEnvironment` に国名を記載する"
        }
      },
      "country-not-listed": {
        en: "the outsourcee `{name}` is in `{country}`, which the foreign environment does not list",
        ja: "委託先 `{name}` は `{country}` にあるが、外的環境の把握に挙げた国に含まれていない",
        help: { en: "add `{country}` to `securityMeasures.externalEnvironment.countries`", ja: "`securityMeasures.externalEnvironment.countries` に `{country}` を加える" }
      }
    }
  },
  check: (policy, report) => {
    const environment = policy.securityMeasures?.externalEnvironment
    if (environment !== undefined) {
      if (environment.countries.length === 0) report("unnamed", ["securityMeasures", "externalEnvironment", "countries"])
      for (const destination of destinations(policy)) {
        const { country } = destination
        if (destination.kind !== "entrustee" || country === undefined || country === "JP" || environment.countries.length === 0) continue
        if (!environment.countries.includes(country)) report("country-not-listed", [...destination.path, "country"], { name: destination.name, country })
      }
      return
    }
    const abroad = destinations(policy).find((destination) => destination.country !== undefined && destination.country !== "JP")
    if (abroad !== undefined) {
      const { en, ja } = KIND[abroad.kind]
      report("environment-missing", [...abroad.path, "country"], { what: en, whatJa: ja, name: abroad.name, country: abroad.country! })
      return
    }
    const provisions = policy.thirdPartyProvision?.provisions ?? []
    const mayBe = provisions.findIndex((provision) => provision.mayIncludeForeignRecipients === true)
    if (mayBe >= 0) report("may-be-abroad", ["thirdPartyProvision", "provisions", mayBe, "mayIncludeForeignRecipients"], { id: provisions[mayBe]!.id })
  }
})
