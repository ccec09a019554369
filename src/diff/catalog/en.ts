/**
 * The diff's messages in English: for each kind of change, why it has its
 * impact (`explain`) and what a reviewer should check (`hint`). Keyed by
 * `ChangeId`: a kind without its message is a type error. House style:
 * lower-case start, no final period.
 *
 * @since 0.3.0
 */
import type { ChangeMessages, RenameHints } from "./ChangeMessages.ts"

/** @since 0.3.0 */
export const en = {
  "accredited-organization-changed": { explain: "the accredited organization the operator belongs to, and its complaint desk, must be kept where the persons can know them: publish the change" },
  "acquisition-changed": {
    explain: "how or where personal information is acquired changed: publish it, so that the purposes are known when data is acquired",
    hint: "acquiring directly from the person in writing needs the purpose stated expressly beforehand (21(2))"
  },
  "beyond-purpose-consent-dropped": { explain: "the policy now says that use beyond the purposes needs no consent: a waiver the law does not allow (18(1), save the 18(3) items); no notice or consent makes the statement lawful, so revert it" },
  "category-added": {
    explain: "a new category of personal information: its purposes must be published (or notified when it is acquired)",
    hint: "purposes, joint uses and provisions that cover `all` categories now cover it too: check that each fits"
  },
  "category-changed": {
    explain: "what a category holds, whether it can be disclosed on request, or how sensitive it is changed: publish the updated policy",
    hint: "a category made non-disclosable must really not be retained personal data (保有個人データ) of the operator, or the person's rights (33–35) still apply"
  },
  "category-made-sensitive": { explain: "a category now holds special-care data (要配慮個人情報): acquiring it needs the person's prior consent" },
  "category-newly-provided": {
    explain: "a new category falls under a provision to third parties that covers all categories: providing it needs the person's prior consent",
    hint: "obtain the consent when the data is acquired, or narrow the provision's categories"
  },
  "category-removed": {
    explain: "a category of personal information is no longer listed: publish the updated policy",
    hint: "if the data is still held, it must still be covered by the published purposes"
  },
  "category-under-opt-out": {
    explain: "a new category falls under the opt-out provision, so the items provided (27(2)(iii)) change: notify the persons (or make it easily known) and file with the PPC before providing it",
    hint: "special-care data can never be provided by opt-out"
  },
  "commitment-changed": {
    explain: "a commitment the policy makes to the persons changed: publish the updated policy",
    hint: "withdrawing a commitment persons rely on (e.g. stopping marketing use on request) is best announced before it takes effect"
  },
  "complaint-handling-changed": { explain: "where complaints go must be kept where the persons can know it: publish the change" },
  "contact-window-changed": { explain: "where requests and complaints go must be kept where the persons can know it: publish the change" },
  "fee-changed": {
    explain: "fees for requests are part of the procedure that must be kept where the persons can know it: publish the change",
    hint: "a fee may be charged only for purpose notification and disclosure, in an amount within actual cost (38)"
  },
  "foreign-provision-added": {
    explain: "personal data may now be provided to a third party in a foreign country: that needs the person's prior consent to provision abroad, given with the information of 28(2)",
    hint: "not needed for a country the Commission recognises (EEA members, UK: Rule 15) or a recipient with a system meeting the standard (28(1), Rule 16); for those Art. 27 applies in full: consent, an item of 27(1), opt-out or 27(5)"
  },
  "foreign-recipient-added": {
    explain: "an outsourcee or joint user in a foreign country without a system meeting the standard: 27(5) does not apply to it (28(1)), so the data goes to it only with the person's consent to provision abroad, given with the information of 28(2)",
    hint: "not needed for an EEA member or the UK (Rule 15), or for a recipient with a Rule 16 system (then declare `systemBased`)"
  },
  "free-text-clause-changed": {
    explain: "a clause outside the model changed; its meaning cannot be read from the structure: publish the updated policy",
    hint: "review the clause: it may carry a change of purpose, provision or joint use"
  },
  "history-updated": {
    explain: "the dates of establishment, revision or effect changed",
    hint: "changes that must be notified in advance may take effect only after the notice: check the effective date"
  },
  "joint-use-added": {
    explain: "a new joint use: the five matters of 27(5)(iii) must be notified to the persons (or made easily known) before the joint use begins; data already held may then be used jointly within the purposes specified when it was acquired",
    hint: "if the joint users' purposes go beyond the purposes specified when the data was acquired, or beyond what the person would ordinarily expect, using data already held needs consent (18(1); 通則GL 3-6-3)"
  },
  "joint-use-details-changed": { explain: "what the policy says of a joint use changed: keep the persons able to know it (publish the updated policy)" },
  "joint-use-ended": { explain: "a joint use ends: keep the persons able to know it (publish the updated policy)" },
  "joint-use-items-widened": {
    explain: "the items of personal data used jointly grow: they cannot be changed by notice, so jointly using the new items needs the person's consent",
    hint: "a reworded item is taken as a new one; if the wording only clarifies, the change is editorial"
  },
  "joint-use-narrowed": { explain: "fewer items are used jointly: keep the persons able to know it (publish the updated policy)" },
  "joint-use-purposes-changed": {
    explain: "the purposes of the joint users changed: notify the persons (or make it easily known) before the change",
    hint: "the new purposes must stay within what is reasonably related to the old ones (17(2))"
  },
  "joint-user-added": {
    explain: "the range of joint users grows: it cannot be changed by notice (27(6) allows only the purposes and the responsible party), so sharing with the new user needs the person's consent",
    hint: "a reworded range is taken as a wider one; if the wording only clarifies, the change is editorial"
  },
  "joint-user-changed": {
    explain: "the particulars of a joint user changed: keep the persons able to know the range of joint users (publish the updated policy)",
    hint: "a joint user renamed under the same id is taken to be the same company; a different company is a new joint user and needs consent (27(6))"
  },
  "joint-user-removed": { explain: "the range of joint users shrinks: keep the persons able to know it (publish the updated policy)" },
  "jointly-used-category-added": {
    explain: "a new category that a joint use covers (`all`): the joint use's matters must be notified (or made easily known) before this data is acquired and shared",
    hint: "taken as data not yet held; sharing data the company already holds under the joint use would need consent, as widening a joint use does"
  },
  "jointly-used-purpose-changed": {
    explain: "a purpose that a joint use covers changed: the joint users' purposes change, so the persons must be notified (or it made easily known) before the change",
    hint: "a purpose beyond what is reasonably related to the old ones still needs consent (17(2), 18(1)); this kind applies to the changes notice allows"
  },
  "linked-data-received": { explain: "person-related information received from another party is now linked to personal data: the person's consent to that is needed, and the provider must confirm it" },
  "linked-data-sent": { explain: "person-related information is now sent to a party that links it to personal data: the recipient needs the person's consent, which the operator must confirm before sending and record" },
  "non-statutory-ground-changed": { explain: "a ground for providing data without consent that the law does not give was added or reworded: provision on it needs the person's prior consent" },
  "operator-identity-changed": {
    explain: "the operator's name, address or representative must be kept where the persons can know them: publish the change",
    hint: "if the operator is the responsible party of a joint use, its new name or address must also be notified without delay (27(6))"
  },
  "opt-out-ended": { explain: "provision by opt-out stops: notify the persons (or make it easily known) and file with the PPC without delay" },
  "opt-out-filing-withdrawn": { explain: "the opt-out is no longer filed with the Commission: it stops being a ground, so provision needs the person's consent" },
  "opt-out-forbidden-data-added": {
    explain: "the opt-out now covers data it may never carry (special-care data, data received by opt-out, My Number or pseudonymized data): no notice makes that lawful, so providing it needs the person's consent",
    hint: "take the category out of the opt-out's scope, or provide it only with consent"
  },
  "opt-out-introduced": {
    explain: "provision by opt-out starts: its items must be notified to the persons (or made easily known) and filed with the PPC before any data is provided",
    hint: "never for special-care data or data itself obtained by opt-out"
  },
  "opt-out-item-changed": { explain: "an opt-out item of 27(2)(iii)–(v), (vii) or (viii) changed (item (viii) includes the update method and the planned start date, Rule 11(4)): notify the persons (or make it easily known) and file with the PPC before the change" },
  "opt-out-operator-changed": { explain: "the operator's name, address or representative (27(2)(i)) changed while it provides data by opt-out: notify the persons (or make it easily known) and file with the PPC without delay" },
  "opt-out-provision-added": {
    explain: "a new provision by opt-out: the persons must be notified of the 27(2) items (or they made easily known) and the items filed with the Commission before provision starts",
    hint: "special-care data, data received by opt-out, My Number and pseudonymized data can never go by opt-out; nor can data to a recipient abroad (28(1))"
  },
  "opt-out-statement-changed": {
    explain: "what the policy says of its opt-out changed, outside the items whose change must be notified in advance: publish it",
    hint: "stopping provision on request (27(2)(vi)) is a condition of opt-out itself"
  },
  "outsourcing-changed": {
    explain: "outsourcing within Japan (or to an EEA/UK or system-based outsourcee) needs no consent (27(5)(i)); the operator must supervise outsourcees (25): publish what the policy says of it",
    hint: "an outsourcee abroad without a system meeting the standard is `foreign-recipient-added` (28(1), PPC Q&A 12-1)"
  },
  "provision-added": {
    explain: "personal data newly provided to third parties: that needs the person's prior consent",
    hint: "a provision by opt-out is `opt-out-provision-added`: prior notice and filing instead of consent"
  },
  "provision-consent-dropped": { explain: "the policy now says that provision to third parties needs no prior consent: a waiver the law does not allow (27(1), save its items, opt-out and 27(5)); no notice or consent makes the statement lawful, so revert it" },
  "provision-narrowed": { explain: "less personal data is provided to third parties: no new consent is needed; publish the updated policy" },
  "provision-particulars-changed": {
    explain: "how data is provided, or what the policy says of a recipient, changed: publish it; for a recipient abroad, the information of 28(2) must stay accurate",
    hint: "a recipient renamed under the same id is taken to be the same recipient; a different company is a new recipient and needs consent"
  },
  "provision-widened": {
    explain: "a provision to third parties covers more data, purposes or recipients than the persons consented to: the addition needs their prior consent",
    hint: "a reworded item or purpose counts as a new one: if the wording only clarifies, the change is editorial"
  },
  "purpose-added": {
    explain: "a new purpose of use; a change of purpose may not go beyond what is reasonably related to the old purposes, so using data already held for it needs the person's consent",
    hint: "whether a purpose is reasonably related cannot be read from the structure; if the reviewer judges it is, pass its id as related (`--related`) and it needs notice or publication only (21(3))"
  },
  "purpose-metadata-changed": {
    explain: "how a purpose is classified or grouped changed, not what it permits",
    hint: "tags steer lint rules and the guard; if a new tag reflects a change of meaning, the text should change too"
  },
  "purpose-narrowed": { explain: "a purpose covers fewer categories of data: the purposes changed, so notify the persons or publish" },
  "purpose-removed": {
    explain: "a purpose of use dropped: the purposes changed, so the change must be notified to the persons or published",
    hint: "from the effective date the data may no longer be used for this purpose (18(1)); the guard denies it once the new version is compiled"
  },
  "purpose-reworded": {
    explain: "the wording of a purpose changed: a change of purpose must be notified to the persons or published",
    hint: "review the new wording: if it goes beyond what is reasonably related to the old purpose, it needs the person's consent (17(2), 18(1)); if it only corrects the wording, it is editorial"
  },
  "purpose-widened": {
    explain: "a purpose now covers more categories of data: for those categories it is a new purpose, and using data already held for it needs the person's consent",
    hint: "if the reviewer judges the wider purpose reasonably related to the old one, pass its id as related (`--related`): notice or publication then suffices (21(3))"
  },
  "related-purpose-added": { explain: "a purpose added within what is reasonably related to the old purposes (as the reviewer judged): the changed purposes must be notified to the persons or published" },
  "related-purpose-widened": { explain: "a purpose covers more categories of data, within what is reasonably related (as the reviewer judged): notify the persons or publish" },
  "request-procedure-changed": {
    explain: "the procedure for requests (disclosure, correction, use-stop and the rest) must be kept where the persons can know it: publish the change",
    hint: "dropping a kind of request from the policy does not take the right away (32–35); the procedure may not burden the person excessively (37(4))"
  },
  "responsible-party-details-changed": { explain: "the address or representative of the responsible party changed: notify the persons (or make it easily known) without delay" },
  "responsible-party-replaced": {
    explain: "the party responsible for the jointly used data changed: notify the persons (or make it easily known) before the change",
    hint: "if the same party only changed its name, notifying without delay after the change is enough (27(6))"
  },
  "retention-changed": { explain: "how long data is kept changed: data no longer needed should be erased without delay; publish the updated policy" },
  "security-measures-changed": { explain: "the security measures for retained personal data (including the foreign countries where it is held) must be kept where the persons can know them: publish the change" },
  "sensitive-category-added": { explain: "a new category of special-care data (要配慮個人情報): acquiring it needs the person's prior consent" },
  "statement-changed": {
    explain: "a statement of the published policy changed: publish the updated policy",
    hint: "no specific kind of change classifies this one: review it"
  },
  "statutory-grounds-restated": {
    explain: "the statutory grounds are listed or worded differently; they apply by law whether the policy lists them or not",
    hint: "a ground worded wider than the statute does not widen it"
  },
  "system-based-recipient-added": {
    explain: "a recipient abroad with a system meeting the Commission's standard: not a 「外国にある第三者」, so no consent to provision abroad is needed and Art. 27 applies in full; the operator must take the measures of 28(3) and give the person information on them on request",
    hint: "the provision itself is still decided by Art. 27: consent, an item of 27(1), opt-out, or outsourcing / joint use / succession (27(5))"
  },
  "tracking-changed": {
    explain: "where the external transmission rules apply (telecommunications carriers, and providers of the services MIC designates), what is sent from the user's terminal, to whom and why must be published or notified: publish the change",
    hint: "the cookie opt-out is a browser setting, not APPI's opt-out provision (27(2)); a flow that sends personal data to a third party is a 27(1) provision, one a recipient links to personal data is `linked-data-sent` (31(1))"
  },
  "translation-changed": {
    explain: "only the English translation changed; the Japanese text, which is what the policy publishes, is the same",
    hint: "republish the English version if the company publishes one"
  },
  "wording-changed": {
    explain: "wording only: no change in meaning can be detected from the structure",
    hint: "prose can still change meaning: read the new text"
  }
} as const satisfies ChangeMessages

/** @since 0.3.0 */
export const enRenameHints = {
  sameAsRemoved: ({ id }) => `same content as the removed \`${id}\`: if the id was renamed, keep the old one — ids are the keys versions are compared by and the guard's vocabulary`,
  sameAsAdded: ({ id }) => `the added \`${id}\` has the same content: this looks like an id renamed, reported as a removal and an addition`
} as const satisfies RenameHints
