/**
 * Cookies, logs and external transmission (Cookie・ログ・外部送信). Note the
 * cookie opt-out here is the browser setting, not APPI's opt-out provision (27(2)).
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { Id, LocalizedText, TextList } from "./primitives.ts"

/** @since 0.1.0 */
export const Cookies = Schema.Struct({
  used: Schema.Boolean,
  webBeacons: Schema.optionalKey(Schema.Boolean.annotate({ description: "Web beacons are used (Webビーコン)." })),
  explanation: Schema.optionalKey(Schema.Array(LocalizedText).annotate({ description: "What cookies are (Cookieとは)." })),
  identifiesPersons: Schema.optionalKey(Schema.Boolean.annotate({ description: "The cookie data identifies a person (個人を特定する情報を含む)." })),
  purposes: Schema.optionalKey(TextList),
  thirdPartyTools: Schema.optionalKey(TextList),
  optOut: Schema.optionalKey(LocalizedText.annotateKey({ description: "How to refuse cookies (ブラウザ設定による拒否) and what follows." })),
  text: Schema.optionalKey(Schema.Array(LocalizedText))
}).annotate({ identifier: "Cookies", title: "Cookies (クッキー)" })

/** @since 0.1.0 */
export const Logs = Schema.Struct({
  collected: Schema.Boolean,
  items: Schema.optionalKey(TextList),
  purposes: Schema.optionalKey(TextList),
  notUsedFor: Schema.optionalKey(TextList.annotate({ description: "What the logs are promised not to be used for." })),
  text: Schema.optionalKey(Schema.Array(LocalizedText))
}).annotate({ identifier: "Logs", title: "Log files (ログファイル)" })

/**
 * Information about the user's terminal sent to another party
 * (外部送信, 電気通信事業法 27-12), or person-related information (個人関連情報)
 * received from another party and linked to personal data (APPI 31).
 *
 * @since 0.1.0
 */
export const DataFlow = Schema.Struct({
  id: Id,
  direction: Schema.Literals(["sent-to-third-party", "received-from-third-party"]),
  party: LocalizedText.annotateKey({ description: "The other party or tool (送信先・取得元)." }),
  items: TextList,
  purposes: TextList,
  linkedToPersonalData: Schema.optionalKey(Schema.Boolean.annotate({ description: "Linked with personal data held by the operator (個人データとの紐付け)." })),
  optOut: Schema.optionalKey(LocalizedText),
  text: Schema.optionalKey(Schema.Array(LocalizedText))
}).annotate({ identifier: "DataFlow", title: "External transmission or received data (外部送信・個人関連情報)" })

/** @since 0.1.0 */
export const Tracking = Schema.Struct({
  cookies: Schema.optionalKey(Cookies),
  logs: Schema.optionalKey(Logs),
  dataFlows: Schema.optionalKey(Schema.Array(DataFlow))
}).annotate({ identifier: "Tracking", title: "Cookies, logs and external transmission (Cookie・ログ・外部送信)" })
