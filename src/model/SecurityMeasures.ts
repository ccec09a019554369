/**
 * Security measures for retained personal data (安全管理措置, 32(1)(iv), 令10(i)),
 * in the categories of the PPC guidelines.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { CountryCode, LocalizedText, TextList } from "./primitives.ts"

/** @since 0.1.0 */
export const SecurityMeasures = Schema.Struct({
  text: Schema.optionalKey(Schema.Array(LocalizedText)),
  basicPolicy: Schema.optionalKey(TextList.annotate({ description: "基本方針の策定" })),
  rules: Schema.optionalKey(TextList.annotate({ description: "個人データの取扱いに係る規律の整備" })),
  organizational: Schema.optionalKey(TextList.annotate({ description: "組織的安全管理措置" })),
  human: Schema.optionalKey(TextList.annotate({ description: "人的安全管理措置" })),
  physical: Schema.optionalKey(TextList.annotate({ description: "物理的安全管理措置" })),
  technical: Schema.optionalKey(TextList.annotate({ description: "技術的安全管理措置" })),
  externalEnvironment: Schema.optionalKey(
    Schema.Struct({
      countries: Schema.Array(CountryCode).annotate({ description: "Countries where personal data is held or processed (外国の名称)." }),
      text: Schema.optionalKey(TextList)
    }).annotate({ identifier: "ExternalEnvironment", title: "External environment (外的環境の把握)" })
  ),
  disclosureOnRequest: Schema.optionalKey(LocalizedText.annotateKey({ description: "The measures are told on request instead of published (求めに応じて遅滞なく回答)." }))
}).annotate({ identifier: "SecurityMeasures", title: "Security measures (安全管理措置)" })
