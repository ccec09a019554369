/**
 * Data held or processed abroad names the countries (32(1)(iv), 令10(i);
 * guidelines: 外的環境の把握).
 *
 * @since 0.1.0
 */
import { defineRule } from "../Rule.ts"

/** @since 0.1.0 */
export default defineRule({
  meta: {
    id: "foreign-country-unnamed",
    severity: "error",
    citation: { en: "APPI 32(1)(iv); Cabinet Order 10(i); PPC General Guidelines 3-8-1, 10-7", ja: "個人情報保護法32条1項4号、施行令10条1号、通則ガイドライン3-8-1・10-7" },
    description: { en: "when data is held or processed abroad, the countries are named", ja: "外国で個人データを取り扱う場合、その国名が示されている" },
    docs: {
      en: "An operator that handles personal data in a foreign country (its own office, or a cloud server abroad) must understand that country's system for protecting personal information and take measures accordingly (外的環境の把握, a security measure). The published security measures then name the country. A policy that describes the foreign environment without a country tells the person nothing.",
      ja: "外国（自社の拠点や外国のクラウドサーバなど）で個人データを取り扱う事業者は、その国の個人情報保護制度を把握した上で安全管理措置を講じなければならない（外的環境の把握）。公表する安全管理措置にはその国名を含める。国名のない外的環境の記載は本人に何も伝えない。"
    },
    messages: {
      unnamed: {
        en: "the policy describes handling data abroad but names no country",
        ja: "外国での取扱いに触れているが国名がない",
        help: {
          en: "list the countries in `securityMeasures.externalEnvironment.countries` (e.g. `US`), or drop the section if no data is handled abroad",
          ja: "`securityMeasures.externalEnvironment.countries` に国コード（例: `US`）を記載する。外国で取り扱わない場合はこの記載を削る"
        }
      }
    }
  },
  check: (policy, report) => {
    const environment = policy.securityMeasures?.externalEnvironment
    if (environment !== undefined && environment.countries.length === 0) report("unnamed", ["securityMeasures", "externalEnvironment", "countries"])
  }
})
