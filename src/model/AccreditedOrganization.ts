/**
 * Accredited personal information protection organization (認定個人情報保護団体,
 * 令10(iii)): the one the operator belongs to, or a statement that it belongs to none.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { LocalizedText, PhoneNumber, PostalAddress, ProperName } from "./primitives.ts"

/** @since 0.1.0 */
export const AccreditedOrganization = Schema.Struct({
  member: Schema.Boolean.annotate({ description: "The operator is a covered business of an accredited organization (対象事業者)." }),
  name: Schema.optionalKey(ProperName),
  complaintDesk: Schema.optionalKey(LocalizedText.annotateKey({ description: "Where complaints go (苦情解決の申出先)." })),
  address: Schema.optionalKey(PostalAddress),
  phones: Schema.optionalKey(Schema.Array(PhoneNumber)),
  text: Schema.optionalKey(Schema.Array(LocalizedText))
}).annotate({ identifier: "AccreditedOrganization", title: "Accredited organization (認定個人情報保護団体)" })
