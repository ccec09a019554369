/**
 * Export to Cedar: a schema, policies and entities that give the same
 * allow/deny answers as `appi-policy/guard` for every well-typed use or
 * provision request, for organisations that centralise authorisation in Cedar
 * (e.g. Amazon Verified Permissions).
 *
 * The encoding: each data category is a `Category` entity whose attributes are
 * its row of the decision table (declared purposes as `Purpose` entities, its
 * legal kind, the entrusted flag, the opt-out state, the recipients declared
 * for it); declared recipients are `Recipient` entities with where they are
 * (APPI 28); categories are children of a `PrivacyPolicy` entity, so an
 * unknown category (no entity) is denied. A request is `use` or `provide` on
 * the category; the purpose, exception, consent (by kind), recipient and
 * country travel in the context. There is one `permit` per allowing decision
 * code and action (`@id`); everything else is Cedar's default deny. The
 * policy-wide facts (declared academic exceptions, outsourcing, the Rule 15
 * countries) are written into the policies' conditions. A service passes the
 * policy, the category and, when the request names one, the recipient entity.
 *
 * Not covered: deny codes and explanations (Cedar answers allow/deny and
 * names the permits that applied), malformed requests (Cedar's typed requests
 * cannot express them) and the table's format version.
 *
 * @since 0.1.0
 */
import { formatCitation, myNumberAct } from "../../core/citation.ts"
import { POLICY_CONCEPTS } from "../../model/concepts.ts"
import { DECISIONS, type AllowCode } from "../decisions.ts"
import { ACADEMIC_EXCEPTIONS, type GuardRequest, MY_NUMBER_GROUNDS, PROVISION_EXCEPTIONS, RECIPIENT_KINDS, USE_EXCEPTIONS } from "../request.ts"
import type { DecisionTable, TableRecipient } from "../table.ts"

/** @since 0.1.0 */
export const CEDAR_NAMESPACE = "AppiPolicy"

/** The files `export cedar` writes, by part. @since 0.1.0 */
export const CEDAR_FILES = { schema: "appi-policy.cedarschema", policies: "policies.cedar", entities: "entities.json" } as const

/** An entity reference in Cedar's JSON format. @since 0.1.0 */
export interface CedarUid {
  readonly type: string
  readonly id: string
}

/** A Cedar attribute value in JSON (the subset the export uses). @since 0.1.0 */
export type CedarValue = string | boolean | { readonly __entity: CedarUid } | ReadonlyArray<CedarValue> | { readonly [name: string]: CedarValue }

/** An entity in Cedar's JSON format. @since 0.1.0 */
export interface CedarEntity {
  readonly uid: CedarUid
  readonly attrs: { readonly [name: string]: CedarValue }
  readonly parents: ReadonlyArray<CedarUid>
}

/** A Cedar authorisation request (what `isAuthorized` takes besides policies and entities). @since 0.1.0 */
export interface CedarRequest {
  readonly principal: CedarUid
  readonly action: CedarUid
  readonly resource: CedarUid
  readonly context: { readonly [name: string]: CedarValue }
}

/** @since 0.1.0 */
export interface CedarExport {
  /** Cedar schema, human-readable format. */
  readonly schema: string
  /** Cedar policies. */
  readonly policies: string
  readonly entities: ReadonlyArray<CedarEntity>
}

const type = (name: string): string => `${CEDAR_NAMESPACE}::${name}`
const uid = (name: string, id: string): CedarUid => ({ type: type(name), id })
const entityRef = (name: string, id: string): { readonly __entity: CedarUid } => ({ __entity: uid(name, id) })
/** Cedar string literal. Ids are kebab-case and the constants plain ASCII, so JSON's escaping is Cedar's. */
const str = (value: string): string => JSON.stringify(value)
const set = (values: Iterable<string>): string => `[${[...values].map(str).join(", ")}]`

/**
 * The Cedar schema: the same for every policy.
 *
 * @since 0.1.0
 */
export const CEDAR_SCHEMA = `// Cedar schema of appi-policy's guard (APPI purpose and provision checks).
// Requests: principal = whoever asks (a Service here: adapt to your principals),
// action = use | provide, resource = the data Category.
namespace ${CEDAR_NAMESPACE} {
  // The privacy policy; every Purpose and Category belongs to it.
  entity PrivacyPolicy = {
    hash: String,
    version?: String,
  };
  // A purpose of use (${POLICY_CONCEPTS.purposes.label.ja}).
  entity Purpose in [PrivacyPolicy];
  // A recipient the policy declares, with where it is (APPI 28): a provision's recipient
  // ("third-party/<id>"), an outsourcee ("outsourcee/<id>") or a joint user of a category
  // ("joint-user/<category>/<id>", with whether its joint use states every matter of 27(5)(iii)).
  entity Recipient = {
    country?: String,
    systemBased: Bool,
    complete: Bool,
  };
  // A data category (${POLICY_CONCEPTS.dataCategories.label.ja}) with its row of the decision table.
  entity Category in [PrivacyPolicy] = {
    // Purposes declared for the category (APPI 18(1)); for anonymized data, every purpose of the policy (43).
    purposes: Set<Purpose>,
    // ordinary | special-care | my-number | pseudonymized | anonymized
    kind: String,
    // Handled on a client's behalf: only the client's purposes (27(5)(i)).
    entrusted: Bool,
    // lawful | not-covered | not-filed | incomplete | special-care | my-number | pseudonymized | acquired-by-opt-out (27(2))
    optOut: String,
    // Anonymized data whose items and method of provision are published (43(4)).
    anonymizedProvision: Bool,
    // The recipients declared for it: provision recipients, outsourcees, its joint users.
    recipients: Set<Recipient>,
    // Whether the policy names outsourcees, and those this category may go to.
    entrusteesNamed: Bool,
    // The policy states the category is never entrusted to others.
    outsourcingExcluded: Bool,
    entrustees: Set<Recipient>,
  };
  entity Service;
  type Consent = {
    purpose?: Bool,
    provision?: Bool,
    foreign?: Bool,
  };
  // Using data for a purpose (APPI 18).
  action "use" appliesTo {
    principal: [Service],
    resource: [Category],
    context: {
      purpose: Purpose,
      exception?: String,
      consent?: Consent,
    },
  };
  // Providing data to someone (APPI 27, 28); to: third-party | outsourcee | joint-user | successor.
  action "provide" appliesTo {
    principal: [Service],
    resource: [Category],
    context: {
      to: String,
      recipient?: Recipient,
      country?: String,
      entrustorPermission?: Bool,
      exception?: String,
      consent?: Consent,
    },
  };
}
`

interface Permit {
  readonly code: AllowCode
  readonly action: "use" | "provide"
  readonly when: string
  readonly why: string
}

const consented = (kind: "purpose" | "provision" | "foreign"): string => `(context has consent && context.consent has ${kind} && context.consent.${kind})`

const permits = (table: DecisionTable): ReadonlyArray<Permit> => {
  const claimable = (academic: ReadonlyArray<string>, list: ReadonlyArray<string>) => set(list.filter((id) => !(ACADEMIC_EXCEPTIONS as ReadonlyArray<string>).includes(id) || academic.includes(id)))
  const noClaim = "!(context has exception)"
  const notAnonymized = `resource.kind != "anonymized"`
  // Where the recipient is (Art. 28), from the declared recipient's country or the request's.
  const declared = "(context has recipient && resource.recipients.contains(context.recipient))"
  const declaredCountry = `(${declared} && context.recipient has country)`
  const known = `!(${declaredCountry} && context has country && context.recipient.country != context.country) &&\n  (${declaredCountry} || context has country)`
  const homeCountries = set(["JP", ...table.equivalentCountries])
  const home = `((${declaredCountry} && ${homeCountries}.contains(context.recipient.country)) ||\n  (!${declaredCountry} && context has country && ${homeCountries}.contains(context.country)) ||\n  (${declared} && context.recipient.systemBased))`
  const jointUse = `(${declared} && context.recipient.complete && resource.kind != "my-number")`
  // Art. 27(5) does not apply (or fails): the request is judged as a provision to a third party.
  const thirdParty = `(context.to == "third-party" || !${home} || (context.to == "joint-user" && !${jointUse}))`
  const ordinaryData = `resource.kind != "my-number" && resource.kind != "pseudonymized" && !resource.entrusted`
  const all: ReadonlyArray<Permit | false> = [
    { code: "declared-purpose", action: "use", why: "the purpose is declared for the category (18(1))", when: `${notAnonymized} && resource.purposes.contains(context.purpose)` },
    {
      code: "statutory-exception",
      action: "use",
      why: "an item of 18(3) (the academic ones where declared); My Number data: life, body or property only; pseudonymized: laws only",
      when: `${notAnonymized} && context has exception && ${claimable(table.academicExceptions.use, USE_EXCEPTIONS)}.contains(context.exception) &&\n  (resource.kind != "my-number" || context.exception == "life-body-property") &&\n  (resource.kind != "pseudonymized" || context.exception == "laws-and-regulations")`
    },
    {
      code: "use-consent",
      action: "use",
      why: "the person's consent to use beyond the purposes (18(1)), for ordinary data, when no exception is claimed",
      when: `${notAnonymized} && ${noClaim} && ${ordinaryData} && ${consented("purpose")}`
    },
    { code: "anonymized-use", action: "use", why: "anonymously processed information is not personal information (43)", when: `resource.kind == "anonymized" && resource.purposes.contains(context.purpose)` },
    { code: "anonymized-provision", action: "provide", why: "anonymously processed information with its items and method published (43(4))", when: `resource.kind == "anonymized" && resource.anonymizedProvision` },
    { code: "business-succession", action: "provide", why: "a merger or business transfer at home (27(5)(ii))", when: `${notAnonymized} && context.to == "successor" && ${known} && ${home}` },
    table.outsourcing && {
      code: "outsourcing",
      action: "provide",
      why: `outsourcing the policy declares, to an outsourcee at home (27(5)(i)); My Number data of a client only with its permission (${formatCitation(myNumberAct(10), "en")})`,
      when: `${notAnonymized} && context.to == "outsourcee" && ${known} && ${home} &&\n  !(resource.kind == "my-number" && resource.entrusted && !(context has entrustorPermission && context.entrustorPermission)) &&\n  !(context has recipient && resource.entrusteesNamed && !resource.entrustees.contains(context.recipient))`
    },
    {
      code: "joint-use",
      action: "provide",
      why: `a joint user declared for the category, at home, its joint use complete (27(5)(iii)); never My Number data (${formatCitation(myNumberAct(19), "en")})`,
      when: `${notAnonymized} && context.to == "joint-user" && ${known} && ${home} && ${jointUse}`
    },
    {
      code: "my-number-ground",
      action: "provide",
      why: "a case of My Number Act 19 (abroad only life, body or property)",
      when: `resource.kind == "my-number" && ${known} && ${thirdParty} && context has exception &&\n  ${set(MY_NUMBER_GROUNDS)}.contains(context.exception) && (${home} || context.exception == "life-body-property")`
    },
    {
      code: "statutory-exception",
      action: "provide",
      why: "an item of 27(1) (the academic ones where declared), at home or abroad (28(1)); pseudonymized: laws only",
      when: `${notAnonymized} && resource.kind != "my-number" && ${known} && ${thirdParty} && context has exception &&\n  ${claimable(table.academicExceptions.provision, PROVISION_EXCEPTIONS)}.contains(context.exception) &&\n  (resource.kind != "pseudonymized" || context.exception == "laws-and-regulations")`
    },
    {
      code: "foreign-consent",
      action: "provide",
      why: "the person's consent to provision abroad (28(1)), for ordinary data",
      when: `${notAnonymized} && ${noClaim} && ${ordinaryData} && ${known} && !${home} && ${consented("foreign")}`
    },
    {
      code: "provision-consent",
      action: "provide",
      why: "the person's consent to provision at home (27(1)), for ordinary data",
      when: `${notAnonymized} && ${noClaim} && ${ordinaryData} && ${known} && ${home} && ${thirdParty} && ${consented("provision")}`
    },
    {
      code: "opt-out",
      action: "provide",
      why: "the filed, complete opt-out, for data it may carry (27(2)), to a third party at home",
      when: `${notAnonymized} && context.to == "third-party" && ${noClaim} && ${ordinaryData} && ${known} && ${home} && resource.optOut == "lawful"`
    }
  ]
  // A provision to anyone else is malformed for the guard: no permit may apply to it.
  const knownKind = `${set(RECIPIENT_KINDS)}.contains(context.to)`
  return all
    .filter((permit): permit is Permit => permit !== false)
    // A category the policy never entrusts goes to no outsourcee, whatever else would allow it.
    .map((permit) => (permit.action === "provide" ? { ...permit, when: `${knownKind} && !(context.to == "outsourcee" && resource.outsourcingExcluded) &&\n  ${permit.when}` } : permit))
}

const policiesText = (table: DecisionTable): string => {
  const scope = `resource in ${type("PrivacyPolicy")}::${str(table.policy.id)}`
  const header = [
    `// Cedar policies generated by appi-policy export cedar from the policy \`${table.policy.id}\` (${table.policy.hash}).`,
    "// They permit exactly what appi-policy/guard allows; everything else is denied (Cedar's default).",
    "// DO NOT EDIT. Regenerate with `appi-policy export cedar <policy> --out <dir>`."
  ]
  const body = permits(table).map(({ code, action, when, why }) =>
    [
      `// ${why}`,
      `@id(${str(`${action}-${code}`)})`,
      `@code(${str(code)})`,
      `@article(${str(DECISIONS[code].article)})`,
      `permit (`,
      `  principal,`,
      `  action == ${type("Action")}::${str(action)},`,
      `  ${scope}`,
      `)`,
      `when {\n  ${when.replaceAll("\n", "\n  ")}\n};`
    ].join("\n")
  )
  return `${[header.join("\n"), ...body].join("\n\n")}\n`
}

/** The id of a declared recipient's entity; joint users are per category (their joint use may differ by category). */
const recipientId = (to: string, id: string, category: string): string => (to === "joint-user" ? `joint-user/${category}/${id}` : `${to}/${id}`)

const recipientEntity = (id: string, recipient: TableRecipient, complete: boolean): CedarEntity => ({
  uid: uid("Recipient", id),
  attrs: { ...(recipient.country === undefined ? {} : { country: recipient.country }), systemBased: recipient.systemBased, complete },
  parents: []
})

const entities = (table: DecisionTable): ReadonlyArray<CedarEntity> => {
  const policy = uid("PrivacyPolicy", table.policy.id)
  const global = [
    ...table.recipients.thirdParty.map((recipient) => recipientEntity(recipientId("third-party", recipient.id, ""), recipient, false)),
    ...table.recipients.outsourcee.map((recipient) => recipientEntity(recipientId("outsourcee", recipient.id, ""), recipient, false))
  ]
  const jointUsers = table.categories.flatMap((category) => category.jointUsers.map((user) => recipientEntity(recipientId("joint-user", user.id, category.id), user, user.complete)))
  return [
    { uid: policy, attrs: { hash: table.policy.hash, ...(table.policy.version === undefined ? {} : { version: table.policy.version }) }, parents: [] },
    ...table.purposes.map((id): CedarEntity => ({ uid: uid("Purpose", id), attrs: {}, parents: [policy] })),
    ...global,
    ...jointUsers,
    ...table.categories.map(
      (category): CedarEntity => ({
        uid: uid("Category", category.id),
        attrs: {
          purposes: (category.kind === "anonymized" ? table.purposes : category.purposes.map((index) => table.purposes[index]!)).map((id) => entityRef("Purpose", id)),
          kind: category.kind,
          entrusted: category.entrusted,
          optOut: category.optOut,
          anonymizedProvision: category.anonymizedProvision,
          recipients: [...global.map((entity) => entity.uid), ...category.jointUsers.map((user) => uid("Recipient", recipientId("joint-user", user.id, category.id)))].map((ref) => ({ __entity: ref })),
          entrusteesNamed: category.entrustees !== null,
          outsourcingExcluded: category.outsourcingExcluded,
          entrustees: (category.entrustees ?? []).map((id) => entityRef("Recipient", recipientId("outsourcee", id, "")))
        },
        parents: [policy]
      })
    )
  ]
}

/**
 * The Cedar schema, policies and entities of a compiled policy.
 *
 * @example
 * ```ts
 * import { compileGuard } from "appi-policy"
 * import { exportCedar } from "appi-policy/codegen"
 * const { schema, policies, entities } = exportCedar(compileGuard(policy))
 * ```
 * @since 0.1.0
 */
export const exportCedar = (table: DecisionTable): CedarExport => ({ schema: CEDAR_SCHEMA, policies: policiesText(table), entities: entities(table) })

/**
 * The export as files (name and text), in a fixed order.
 *
 * @since 0.1.0
 */
export const cedarFiles = (table: DecisionTable): ReadonlyArray<{ readonly path: string; readonly content: string }> => {
  const exported = exportCedar(table)
  return [
    { path: CEDAR_FILES.schema, content: exported.schema },
    { path: CEDAR_FILES.policies, content: exported.policies },
    { path: CEDAR_FILES.entities, content: `${JSON.stringify(exported.entities, null, 2)}\n` }
  ]
}

/**
 * A guard request as a Cedar request against the export. The principal is
 * yours to choose (a `Service` by default).
 *
 * @example
 * ```ts
 * cedarRequest({ category: "customers", purpose: "contact" })
 * // { principal: AppiPolicy::Service::"service", action: AppiPolicy::Action::"use",
 * //   resource: AppiPolicy::Category::"customers", context: { purpose: AppiPolicy::Purpose::"contact" } }
 * ```
 * @since 0.1.0
 */
export const cedarRequest = (request: GuardRequest, principal: CedarUid = uid("Service", "service")): CedarRequest => {
  const consent = request.consent === undefined ? undefined : Object.fromEntries(Object.entries(request.consent).filter(([, given]) => given !== undefined))
  const claims = {
    ...(request.exception === undefined ? {} : { exception: request.exception }),
    ...(consent === undefined ? {} : { consent: consent as { readonly [kind: string]: boolean } })
  }
  const resource = uid("Category", request.category)
  if ("provide" in request) {
    const { to, recipient, country, entrustorPermission } = request.provide
    const context = {
      to,
      ...(recipient === undefined ? {} : { recipient: entityRef("Recipient", recipientId(to, recipient, request.category)) }),
      ...(country === undefined ? {} : { country }),
      ...(entrustorPermission === undefined ? {} : { entrustorPermission }),
      ...claims
    }
    return { principal, action: uid("Action", "provide"), resource, context }
  }
  return { principal, action: uid("Action", "use"), resource, context: { purpose: entityRef("Purpose", request.purpose), ...claims } }
}
