/**
 * Export to Cedar: a schema, policies and entities that give the same
 * allow/deny answers as `appi-policy/guard` for every well-typed use or
 * provision request, for organisations that centralise authorisation in Cedar
 * (e.g. Amazon Verified Permissions).
 *
 * The encoding: each data category is a `Category` entity whose attributes are
 * its row of the decision table (declared purposes as `Purpose` entities, the
 * entrusted / My Number / special-care / opt-out flags, joint users); all of
 * them are children of a `PrivacyPolicy` entity, so an unknown category (no
 * entity) is denied. A request is `use` or `provide` on the category; the
 * purpose, exception, consent and recipient travel in the context. There is
 * one `permit` per allowing decision code (`@id` = the code); everything else
 * is Cedar's default deny. The policy-wide facts (declared academic
 * exceptions, outsourcing) are written into the policies' conditions.
 *
 * Not covered: deny codes and explanations (Cedar answers allow/deny and
 * names the permits that applied), malformed requests (Cedar's typed requests
 * cannot express them) and the table's format version.
 *
 * @since 0.1.0
 */
import { DECISIONS, type AllowCode } from "../decisions.ts"
import { EQUIVALENT_COUNTRIES, type GuardRequest, STATUTORY_EXCEPTIONS } from "../request.ts"
import type { DecisionTable } from "../table.ts"

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
export type CedarValue = string | boolean | { readonly __entity: CedarUid } | ReadonlyArray<CedarValue>

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
  // A purpose of use (利用目的).
  entity Purpose in [PrivacyPolicy];
  // A data category (個人情報の種別) with its row of the decision table.
  entity Category in [PrivacyPolicy] = {
    // Purposes declared for the category (APPI 18(1)).
    purposes: Set<Purpose>,
    // Handled on a client's behalf: only the client's purposes (27(5)(i)).
    entrusted: Bool,
    // My Number data (番号法 19, 30).
    myNumber: Bool,
    // Holds special-care data (要配慮): no opt-out (27(2)).
    specialCare: Bool,
    // Covered by the declared opt-out (27(2)).
    optOut: Bool,
    // Ids of the joint users declared for it (27(5)(iii)).
    jointUsers: Set<String>,
  };
  entity Service;
  // Using data for a purpose (APPI 18).
  action "use" appliesTo {
    principal: [Service],
    resource: [Category],
    context: {
      purpose: Purpose,
      exception?: String,
      consent?: Bool,
    },
  };
  // Providing data to someone (APPI 27, 28); to: third-party | outsourcee | joint-user | successor.
  action "provide" appliesTo {
    principal: [Service],
    resource: [Category],
    context: {
      to: String,
      recipient?: String,
      country?: String,
      exception?: String,
      consent?: Bool,
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

const permits = (table: DecisionTable): ReadonlyArray<Permit> => {
  const claimableForUse = set([...STATUTORY_EXCEPTIONS, ...table.academicExceptions.use])
  const claimableForProvision = set([...STATUTORY_EXCEPTIONS, ...table.academicExceptions.provision])
  const noClaim = "!(context has exception)"
  const foreign = `context has country && context.country != "JP" && !${set([...EQUIVALENT_COUNTRIES].sort())}.contains(context.country)`
  const all: ReadonlyArray<Permit | false> = [
    { code: "declared-purpose", action: "use", why: "the purpose is declared for the category", when: "resource.purposes.contains(context.purpose)" },
    {
      code: "statutory-exception",
      action: "use",
      why: "a statutory exception; for My Number data only life, body or property (番号法 30)",
      when: `context has exception && ${claimableForUse}.contains(context.exception) &&\n  (!resource.myNumber || context.exception == "life-body-property")`
    },
    {
      code: "consent",
      action: "use",
      why: "consent, for data that is neither My Number nor entrusted, when no exception is claimed",
      when: `${noClaim} && context has consent && context.consent &&\n  !resource.myNumber && !resource.entrusted`
    },
    table.outsourcing && { code: "outsourcing", action: "provide", why: "the policy declares outsourcing", when: `context.to == "outsourcee"` },
    { code: "business-succession", action: "provide", why: "a merger or business transfer", when: `context.to == "successor"` },
    {
      code: "joint-use",
      action: "provide",
      why: "a joint user declared for the category; never My Number data (番号法 19)",
      when: `context.to == "joint-user" && !resource.myNumber &&\n  context has recipient && resource.jointUsers.contains(context.recipient)`
    },
    {
      code: "statutory-exception",
      action: "provide",
      why: "a statutory exception; for My Number data only laws and regulations (番号法 19)",
      when: `context.to == "third-party" && context has exception && ${claimableForProvision}.contains(context.exception) &&\n  (!resource.myNumber || context.exception == "laws-and-regulations")`
    },
    {
      code: "consent",
      action: "provide",
      why: "consent to a third party, at home or abroad (28(1)), for data that is neither My Number nor entrusted",
      when: `context.to == "third-party" && ${noClaim} && context has consent && context.consent &&\n  !resource.myNumber && !resource.entrusted`
    },
    {
      code: "opt-out",
      action: "provide",
      why: "the declared opt-out, never for special-care data nor to a recipient abroad",
      when: `context.to == "third-party" && ${noClaim} && !resource.myNumber && !resource.entrusted &&\n  resource.optOut && !resource.specialCare &&\n  !(${foreign})`
    }
  ]
  return all.filter((permit): permit is Permit => permit !== false)
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

const entities = (table: DecisionTable): ReadonlyArray<CedarEntity> => {
  const policy = uid("PrivacyPolicy", table.policy.id)
  return [
    { uid: policy, attrs: { hash: table.policy.hash, ...(table.policy.version === undefined ? {} : { version: table.policy.version }) }, parents: [] },
    ...table.purposes.map((id): CedarEntity => ({ uid: uid("Purpose", id), attrs: {}, parents: [policy] })),
    ...table.categories.map(
      (category): CedarEntity => ({
        uid: uid("Category", category.id),
        attrs: {
          purposes: category.purposes.map((index) => entityRef("Purpose", table.purposes[index]!)),
          entrusted: category.entrusted,
          myNumber: category.myNumber,
          specialCare: category.specialCare,
          optOut: category.optOut,
          jointUsers: category.jointUsers
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
  const claims = {
    ...(request.exception === undefined ? {} : { exception: request.exception }),
    ...(request.consent === undefined ? {} : { consent: request.consent })
  }
  const resource = uid("Category", request.category)
  if ("provide" in request) {
    const { to, recipient, country } = request.provide
    const context = { to, ...(recipient === undefined ? {} : { recipient }), ...(country === undefined ? {} : { country }), ...claims }
    return { principal, action: uid("Action", "provide"), resource, context }
  }
  return { principal, action: uid("Action", "use"), resource, context: { purpose: entityRef("Purpose", request.purpose), ...claims } }
}
