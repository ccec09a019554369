/**
 * Requests from the person (開示等の請求, Art. 32–37): which kinds the operator
 * accepts and how they are handled.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { DisclosureRefusalGroundRef } from "./StatutoryException.ts"
import { Id, LocalizedText, TextList } from "./primitives.ts"

/**
 * The kinds of request: purpose notification (32(2)), disclosure (33(1)),
 * provision-record disclosure (33(5)), correction/addition/deletion (34),
 * use-stop/erasure (35(1),(5)), provision-stop (35(3),(5)).
 *
 * @since 0.1.0
 */
export const RequestKind = Schema.Literals([
  "purpose-notification",
  "disclosure",
  "provision-record-disclosure",
  "correction",
  "use-stop",
  "provision-stop"
]).annotate({
  identifier: "RequestKind",
  title: "Kind of request (請求の種類)",
  description:
    "purpose-notification (利用目的の通知), disclosure (開示), provision-record-disclosure (第三者提供記録の開示), correction (訂正・追加・削除), use-stop (利用停止・消去), provision-stop (第三者提供の停止)."
})
/** @since 0.1.0 */
export type RequestKind = typeof RequestKind.Type

/** How one kind of request is handled, in the policy's words. @since 0.1.0 */
export const RequestHandling = Schema.Struct({
  kind: RequestKind,
  text: Schema.optionalKey(Schema.Array(LocalizedText)),
  grounds: Schema.optionalKey(TextList.annotate({ description: "Grounds on which the request is accepted (請求の理由), e.g. 35(1), (3), (5)." }))
}).annotate({ identifier: "RequestHandling", title: "Handling of one kind of request" })

/** A step of the request procedure (請求の手順). @since 0.1.0 */
export const ProcedureStep = Schema.Struct({
  title: LocalizedText,
  text: Schema.optionalKey(LocalizedText)
}).annotate({ identifier: "ProcedureStep", title: "Procedure step (手順)" })

/** @since 0.1.0 */
export const RequesterKind = Schema.Literals(["person", "legal-representative", "parental-authority", "adult-guardian", "appointed-agent", "any-agent"]).annotate({
  identifier: "RequesterKind",
  title: "Requester (請求者)",
  description:
    "person (本人), legal-representative (法定代理人), parental-authority (親権者) and adult-guardian (成年後見人) — legal representatives the policy names apart —, appointed-agent (任意代理人), any-agent (代理人 — the policy does not say which)."
})

/** The requesters that are legal representatives (施行令13条1号). @since 0.2.0 */
export const LEGAL_REPRESENTATIVES: ReadonlySet<typeof RequesterKind.Type> = new Set(["legal-representative", "parental-authority", "adult-guardian"])

/** Identity documents required for one kind of requester (本人確認書類). @since 0.1.0 */
export const IdentityRequirement = Schema.Struct({
  requester: RequesterKind,
  documents: Schema.optionalKey(TextList),
  text: Schema.optionalKey(LocalizedText)
}).annotate({ identifier: "IdentityRequirement", title: "Identity verification (本人確認)" })

/** @since 0.1.0 */
export const Requests = Schema.Struct({
  kinds: Schema.Array(RequestKind).annotate({ description: "The kinds of request the operator accepts." }),
  text: Schema.optionalKey(Schema.Array(LocalizedText)),
  handling: Schema.optionalKey(Schema.Array(RequestHandling)),
  submission: Schema.optionalKey(
    Schema.Struct({
      channels: Schema.Array(Schema.Literals(["post", "email", "phone", "web-form", "in-person"])),
      window: Schema.optionalKey(Id.annotateKey({ description: "Id of the contact window that receives requests." })),
      text: Schema.optionalKey(Schema.Array(LocalizedText))
    }).annotate({ identifier: "RequestSubmission", title: "How to submit a request (請求の方法)" })
  ),
  procedure: Schema.optionalKey(Schema.Array(ProcedureStep)),
  forms: Schema.optionalKey(TextList.annotate({ description: "Forms to submit (所定の様式), e.g. 個人情報開示等請求書." })),
  identity: Schema.optionalKey(Schema.Array(IdentityRequirement)),
  verification: Schema.optionalKey(LocalizedText.annotateKey({ description: "How the requester's identity is confirmed (本人確認の方法), as published." })),
  unverified: Schema.optionalKey(LocalizedText.annotateKey({ description: "What happens when identity cannot be confirmed (本人確認ができない場合)." })),
  delivery: Schema.optionalKey(Schema.Array(Schema.Literals(["paper", "electronic", "other"])).annotate({ description: "How the answer is delivered (開示の方法)." })),
  responseTime: Schema.optionalKey(
    Schema.Struct({
      days: Schema.optionalKey(Schema.Int.check(Schema.isGreaterThanOrEqualTo(1), Schema.isLessThanOrEqualTo(365))),
      text: LocalizedText
    }).annotate({ identifier: "ResponseTime", title: "Response time (回答期限)" })
  ),
  refusalGrounds: Schema.optionalKey(Schema.Array(DisclosureRefusalGroundRef)),
  refusalText: Schema.optionalKey(LocalizedText),
  notes: Schema.optionalKey(TextList)
}).annotate({ identifier: "Requests", title: "Requests (開示等の請求, 32–37条)" })
/** @since 0.1.0 */
export type Requests = typeof Requests.Type
