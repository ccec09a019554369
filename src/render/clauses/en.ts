/**
 * The English clause catalog: the same clauses in plain legal English, the
 * project's own rendering (not the Japanese Law Translation, whose current
 * text was not at hand to check against); "the person" for 本人, as the
 * policies' own translations write it, and "person" for 人, which includes
 * legal persons (通則GL 3-1-5).
 *
 * @since 0.1.0
 */
import { listed, t } from "../phrase.ts"
import type { Catalog } from "./Catalog.ts"

const notice = {
  notify: "notify the person of the changed purposes",
  publish: "publish the changed purposes",
  "notify-or-publish": "notify the person of the changed purposes or publish them"
} as const

/** Items (i)–(iv) of Art. 18(3) and of Art. 27(1): the statute words them alike. */
const commonExceptions = {
  "laws-and-regulations": "Where based on laws and regulations (including ordinances)",
  "life-body-property": "Where it is necessary to protect the life, body or property of a person and it is difficult to obtain the person's consent",
  "public-health-children":
    "Where it is specially necessary to improve public health or to promote the sound growth of children and it is difficult to obtain the person's consent",
  "state-cooperation":
    "Where it is necessary to cooperate with a central government organ, a local government, or a person entrusted by either, in performing affairs prescribed by laws and regulations, and obtaining the person's consent is likely to impede the performance of those affairs"
} as const

/** @since 0.1.0 */
export const en = {
  clauses: {
    "purposes.intro": () => t`The Company handles the personal information it acquires within the scope necessary to achieve the following purposes of use.`,
    "purposes.change": (p) =>
      p.related
        ? t`The Company may change the purposes of use within the scope reasonably recognised as related to the purposes before the change; when it does so, it will ${notice[p.notice]}.`
        : t`When the Company changes the purposes of use, it will ${notice[p.notice]}.`,
    "use-beyond-purpose.consent": (p) =>
      t`Except in any of the following cases, the Company does not handle personal information beyond the scope necessary to achieve the purposes of use set out in ${p.purposes} without the person's prior consent.`,
    "use-beyond-purpose.no-consent": (p) =>
      t`In any of the following cases, the Company may handle personal information beyond the scope necessary to achieve the purposes of use set out in ${p.purposes}.`,
    "purpose-notice.intro": () => t`In any of the following cases, the Company may not notify the person of, or publish, the purposes of use of the personal information it has acquired.`,
    "voluntariness.voluntary": () => t`Providing personal information is voluntary.`,
    "voluntariness.required": () => t`The personal information the Company asks for is needed to complete procedures or provide services.`,
    "marketing-opt-out.stop": (p) =>
      p.purposes === undefined
        ? t`The person may have the handling of personal information about them stopped by notifying the Company.`
        : t`The person may have the handling of personal information for the purposes of use ${p.purposes} stopped by notifying the Company.`,
    "marketing-opt-out.resume": () => t`The person may also have the stopped handling resumed on request.`,
    "provision.consent": () => t`Except in any of the following cases, the Company does not provide personal data to a third party without the person's prior consent.`,
    "provision.no-consent": () => t`The Company may provide personal data to a third party in any of the following cases.`,
    "provision.exceptions-of": (p) => t`In any of the cases listed in the items of ${p.section}`,
    "provision.foreign-recipients-possible": () => t`The recipients may include third parties in a foreign country.`,
    "provision.system-based": () =>
      t`The recipient has established a system necessary to continuously take measures equivalent to those a business operator handling personal information must take.`,
    "provision.system-based-on-request": () =>
      t`At the person's request, the Company provides information on the measures it takes to ensure the recipient's continued implementation of those equivalent measures.`,
    "opt-out.intro": () =>
      t`The Company may provide personal data to a third party without the person's consent after notifying the person of the following matters in advance, or putting them in a state where the person can easily know them, and filing them with the Personal Information Protection Commission.`,
    "opt-out.listed": () => t`The matters of provision to third parties by opt-out are as follows.`,
    "opt-out.provision-is-purpose": () => t`Provision to third parties is a purpose of use.`,
    "opt-out.stop-on-request": () => t`At the person's request, the Company stops providing to third parties the personal data by which the person is identified.`,
    "joint-use.intro": () => t`The Company uses personal data jointly with specific persons as follows.`,
    "joint-use.all-purposes": (p) => t`The purposes of use set out in ${p.section}`,
    "outsourcing.used": (p) =>
      p.withinPurposes
        ? t`The Company may entrust all or part of the handling of personal data to others within the scope necessary to achieve the purposes of use.`
        : t`The Company may entrust all or part of the handling of personal data to others.`,
    "outsourcing.not-used": () => t`The Company does not entrust the handling of personal data to others.`,
    "security.intro": () => t`To prevent leakage, loss or damage of the personal data it handles, and otherwise to keep it secure, the Company has taken the following measures.`,
    "security.countries": (p) =>
      t`The Company handles personal data in ${p.countries}. It implements security control measures after ascertaining the systems for the protection of personal information in those countries.`,
    "retention.intro": () => t`The Company retains personal information for the following periods.`,
    "retention.deletion": () => t`Personal information whose retention period has elapsed is deleted without delay.`,
    "cookies.used": () => t`The Company's website uses cookies.`,
    "cookies.not-used": (p) => (p.noWebBeacons ? t`The Company's website uses neither cookies nor web beacons.` : t`The Company's website does not use cookies.`),
    "cookies.no-personal-identification": () => t`Cookies contain no information that identifies an individual.`,
    "logs.collected": () => t`The Company's website records access logs.`,
    "logs.not-collected": () => t`The Company's website does not record access logs.`,
    "data-flow.sent": (p) => t`The Company sends the following information about the user's device to ${p.party}.`,
    "data-flow.received": (p) =>
      p.linked
        ? t`The Company may obtain the following information from ${p.party} and use it linked with personal data it holds.`
        : t`The Company may obtain the following information from ${p.party}.`,
    "requests.intro": () => t`The person may make the following requests to the Company concerning the personal data the Company has the authority to disclose, correct and so on (retained personal data).`,
    "requests.submission": (p) =>
      p.channels === undefined
          ? t`Please address requests to ${p.window ?? []}.`
          : p.window === undefined
            ? t`Please make requests by ${p.channels}.`
            : t`Please make requests by ${p.channels} to ${p.window}.`,
    "requests.forms": (p) => t`Please submit the Company's prescribed ${p.forms} with the request.`,
    "requests.delivery": (p) => t`Disclosure is made by ${p.methods}.`,
    "requests.refusal": () =>
      t`The Company may decline to disclose all or part of the retained personal data in any of the following cases.`,
    "fee.charged": (p) =>
      t`A fee of ${p.amount}${p.unit === "per-item" ? " per item" : p.unit === "per-request" ? " per request" : ""} is charged for requests for ${p.kinds}.`,
    "fee.actual-cost": (p) =>
      p.amount === undefined ? t`The actual cost is charged as a fee for requests for ${p.kinds}.` : t`The actual cost (${p.amount}) is charged as a fee for requests for ${p.kinds}.`,
    "fee.unspecified": (p) => t`The prescribed fee is charged for requests for ${p.kinds}.`,
    "fee.payment": (p) => t`Please pay the fee by ${p.methods}.`,
    "fee.postage": (p) => (p.borneBy === "requester" ? t`Postage is borne by the person.` : t`Postage is borne by the Company.`),
    "fee.free": (p) => t`No fee is charged for requests for ${p.kinds}.`,
    "complaints.window": (p) => t`Complaints and consultations are received at ${p.window}.`,
    "contact.hours": (p) => t`${p.days} ${p.times}`,
    "contact.closed": (p) =>
      t` (closed ${listed([...(p.holidays ? ["on public holidays"] : []), ...(p.periods === undefined ? [] : [p.periods]), ...(p.companyDays ? ["on days the Company sets"] : [])], "and")})`,
    "accredited.member": (p) => t`The Company is a covered business operator of ${p.name}, an accredited personal information protection organization.`,
    "accredited.none": () => t`The Company is not a covered business operator of any accredited personal information protection organization.`,
    "changes.statement": (p) =>
      t`The Company may revise this policy. Revisions are announced ${p.announcement === "website" ? "on the Company's website" : p.announcement === "notify" ? "by notice to the person" : "on the Company's website and by notice to the person"}, and the revised policy applies from ${p.effectiveFrom === "publication" ? "the time it is posted" : "the date it states"}.`
  },
  headings: {
    policy: "Privacy Policy",
    principles: "Basic Policy",
    "data-categories": "Personal Information Acquired",
    "acquisition-channels": "How Personal Information Is Acquired",
    voluntariness: "Providing Personal Information Is Voluntary",
    purposes: "Purposes of Use of Personal Information",
    "purpose-change": "Changes to the Purposes of Use",
    "purpose-notice": "When the Purposes of Use Are Not Notified",
    "marketing-opt-out": "Stopping Marketing Communications",
    "use-beyond-purpose": "Handling Beyond the Purposes of Use",
    "third-party-provision": "Provision of Personal Data to Third Parties",
    provision: "What Is Provided",
    "opt-out": "Provision to Third Parties by Opt-Out",
    "my-number": "Provision of Specific Personal Information",
    "joint-use": "Joint Use of Personal Data",
    outsourcing: "Entrusting the Handling of Personal Data",
    "security-measures": "Security Control Measures",
    retention: "Retention Periods of Personal Information",
    tracking: "Cookies, Access Logs and Similar Technologies",
    cookies: "Cookies",
    logs: "Access Logs",
    "data-flows": "External Transmission and Information from Other Parties",
    requests: "Requests Concerning Retained Personal Data",
    fees: "Fees",
    complaints: "Complaints and Consultations",
    "contact-windows": "Contact",
    operator: "Name, Address and Representative of the Business Operator",
    "accredited-organization": "Accredited Personal Information Protection Organization",
    "policy-changes": "Changes to This Policy",
    "additional-clause": "Other Provisions",
    history: "History"
  },
  labels: {
    category: "Category of personal information",
    "category-items": "Main items",
    sensitivity: "Kind of information",
    "disclosure-class": "Disclosure class",
    acquisition: "How acquired",
    purpose: "Purposes of use",
    entrusted: "Handled on a client's behalf",
    "all-categories": "All personal information acquired",
    "how-to-request": "How to make a request",
    "classes-differ": "Differs by category",
    channel: "Channel",
    "channel-examples": "Examples",
    "channel-obtained": "Information obtained",
    recipients: "Recipients",
    "recipient-country": "Country of the recipient",
    "recipient-country-system": "That country's system for the protection of personal information",
    "recipient-measures": "The recipient's measures for the protection of personal information",
    "recipient-purposes": "The recipient's purposes of use",
    "recipient-items": "Items provided",
    "provision-purposes": "Purposes of provision",
    "provision-items": "Items of personal data provided",
    "provision-method": "Method of provision",
    "joint-use-items": "Items of personal data used jointly",
    "joint-use-users": "Range of joint users",
    "joint-use-purposes": "Purposes of use of the joint users",
    "joint-use-responsible": "Name and address of the person responsible for managing the personal data and, for a corporation, the name of its representative",
    "joint-use-acquisition": "How acquired",
    "selection-criteria": "Criteria for selecting entrusted parties",
    "contract-clauses": "What the entrustment contract provides",
    supervision: "Supervision of entrusted parties",
    "re-entrustment": "Re-entrustment",
    "as-contractor": "Personal information entrusted to the Company",
    "basic-policy": "Basic policy",
    "handling-rules": "Rules for handling personal data",
    organizational: "Organisational security measures",
    human: "Human security measures",
    physical: "Physical security measures",
    technical: "Technical security measures",
    "external-environment": "Understanding the external environment",
    "retention-subject": "Kind of information",
    "retention-period": "Retention period",
    "retention-deletion": "Method of deletion",
    "retention-exceptions": "Exceptions to the retention periods",
    "cookie-purposes": "Purposes of cookies",
    "cookie-tools": "Third-party tools used",
    "cookie-opt-out": "Disabling cookies",
    "log-items": "Information recorded",
    "log-purposes": "Purposes of use",
    "log-not-used-for": "Logs are not used for",
    "flow-sent-to": "Sent to",
    "flow-received-from": "Obtained from",
    "flow-items": "Items of information",
    "flow-purposes": "Purposes of use",
    "flow-opt-out": "How to stop it",
    rights: "What may be requested",
    procedure: "Procedure",
    identity: "Identity verification",
    "response-time": "When the Company responds",
    refusal: "When disclosure is declined",
    "requests-notes": "Notes",
    "complaint-steps": "Handling within the Company",
    "external-desks": "External desks",
    address: "Address",
    phone: "Telephone",
    fax: "Fax",
    email: "E-mail",
    form: "Inquiry form",
    "other-channels": "Other channels",
    "reception-hours": "Reception hours",
    manager: "Person responsible",
    department: "Department in charge",
    "window-roles": "Handles",
    name: "Name",
    representative: "Representative",
    country: "Country",
    website: "Website",
    "complaint-desk": "Where to submit complaints",
    established: "Established",
    revised: "Revised",
    effective: "Effective",
    untranslated: "untranslated",
    "table-of-contents": "Contents",
    "opt-out-items": "Matters notified",
    "not-third-party": "Cases that are not provision to a third party",
    "responsible-for": "Items it is responsible for"
  },
  useExceptions: {
    ...commonExceptions,
    "academic-research-institution":
      "Where the Company is an academic research institution or the like and needs to handle the personal information for the purpose of academic research (including where that is part of the purpose, and excluding where individual rights and interests are likely to be infringed unjustly)",
    "academic-research-provision":
      "Where personal data is provided to an academic research institution or the like that needs to handle it for the purpose of academic research (including where that is part of the purpose, and excluding where individual rights and interests are likely to be infringed unjustly)"
  },

  provisionExceptions: {
    ...commonExceptions,
    "academic-research-institution":
      "Where the Company is an academic research institution or the like and the provision is unavoidable for publishing or teaching the results of academic research (excluding where individual rights and interests are likely to be infringed unjustly)",
    "academic-research-provision":
      "Where the third party is an academic research institution or the like and needs to handle the personal data for the purpose of academic research (including where that is part of the purpose, and excluding where individual rights and interests are likely to be infringed unjustly)",
    "academic-research-joint":
      "Where the Company is an academic research institution or the like and needs to provide the personal data for the purpose of academic research, only where it conducts the research jointly with the third party (including where that is part of the purpose, and excluding where individual rights and interests are likely to be infringed unjustly)"
  },

  nonNotificationGrounds: {
    "harm-to-person-or-third-party":
      "Where notifying the person of, or publishing, the purposes of use is likely to harm the life, body, property or other rights or interests of the person or a third party",
    "harm-to-operator": "Where notifying the person of, or publishing, the purposes of use is likely to harm the rights or legitimate interests of the Company",
    "state-cooperation":
      "Where it is necessary to cooperate with a central government organ or a local government in performing affairs prescribed by laws and regulations, and notifying the person of, or publishing, the purposes of use is likely to impede the performance of those affairs",
    "obvious-from-circumstances": "Where the purposes of use are recognised as clear from the circumstances of the acquisition"
  },
  refusalGrounds: {
    "harm-to-person-or-third-party": "Where disclosure is likely to harm the life, body, property or other rights or interests of the person or a third party",
    "serious-business-hindrance": "Where disclosure is likely to seriously interfere with the proper conduct of the Company's business",
    "violates-other-law": "Where disclosure would violate other laws and regulations"
  },
  optOutItems: {
    operator: "The name and address of the business operator providing the data to third parties and, for a corporation, the name of its representative",
    "provision-is-purpose": "That provision to third parties is a purpose of use",
    items: "The items of personal data provided to third parties",
    "acquisition-method": "How the personal data provided to third parties is acquired",
    "provision-method": "The method of provision to third parties",
    "stop-on-request": "That provision to third parties of personal data by which the person is identified is stopped at the person's request",
    "request-method": "How the person's requests are received",
    "update-method": "How the personal data provided to third parties is updated",
    "start-date": "The date on which provision to third parties is to begin"
  },
  rights: {
    "purpose-notification": "Notification of the purposes of use of retained personal data",
    disclosure:
      "Disclosure of retained personal data (by provision of an electronic record, delivery of a paper copy or another method the Company offers, as the person chooses; where disclosure by that method would cost a large amount or is otherwise difficult, the Company says so and discloses by delivering a paper copy)",
    "provision-record-disclosure": "Disclosure of the records of provision to third parties",
    correction: "Correction, addition or deletion of the content of retained personal data that is untrue",
    "use-stop": "Suspension of use or erasure of retained personal data",
    "provision-stop": "Cessation of provision of retained personal data to third parties"
  },
  requestKinds: {
    "purpose-notification": "notification of the purposes of use",
    disclosure: "disclosure",
    "provision-record-disclosure": "disclosure of the records of provision to third parties",
    correction: "correction, addition or deletion",
    "use-stop": "suspension of use or erasure",
    "provision-stop": "cessation of provision to third parties"
  },
  requesters: {
    person: "The person",
    "legal-representative": "A legal representative",
    "parental-authority": "A person with parental authority",
    "adult-guardian": "An adult guardian",
    "appointed-agent": "An appointed agent",
    "any-agent": "An agent"
  },
  submissionChannels: { post: "post", email: "e-mail", phone: "telephone", "web-form": "the form on the website", "in-person": "visiting the Company" },
  deliveryMethods: { paper: "delivering a document", electronic: "providing an electronic record", other: "a method the Company specifies" },
  paymentMethods: {
    "postage-stamps": "postage stamps",
    "postal-money-order": "postal money order",
    "bank-transfer": "bank transfer",
    cash: "cash",
    "credit-card": "credit card",
    "cash-on-delivery": "cash on delivery",
    other: "a method the Company specifies"
  },
  sensitivities: {
    ordinary: "Ordinary",
    "special-care": "Special care-required personal information",
    "my-number": "Specific personal information (My Number)",
    pseudonymized: "Pseudonymously processed information",
    anonymized: "Anonymously processed information"
  },
  disclosureClasses: { disclosable: "Disclosable", "non-disclosable": "Not disclosable" },
  acquisitionMethods: {
    "from-person-in-writing": "Directly from the person in writing",
    "from-person": "From the person",
    "from-third-party": "From a third party",
    "from-opt-out-provision": "From a third party that provided it by opt-out",
    "from-public-sources": "From public sources",
    automatic: "Automatically (cookies, logs and the like)"
  },
  weekdays: { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun", holiday: "public holidays" },
  windowRoles: { inquiries: "inquiries", requests: "requests for disclosure and the like", complaints: "complaints and consultations" }
} satisfies Catalog
