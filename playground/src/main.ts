/**
 * The playground page: an editor on the left, and on the right the policy as
 * prose, its findings, the guard and the revision view, all recomputed from
 * one analysis of the text shortly after each edit.
 */
import {
  analyse,
  type Analysis,
  checker,
  DEFAULT_STYLE,
  decide,
  type Decision,
  type DecisionTable,
  IMPACTS,
  type Impact,
  load,
  type Policy,
  PROVISION_EXCEPTIONS,
  RECIPIENT_KINDS,
  type RecipientKind,
  RENDER_FORMATS,
  RENDER_LANGS,
  renderPolicy,
  type RenderFormat,
  type RenderLang,
  type RenderStyle,
  type Request,
  revise,
  STYLE_VALUES,
  toGuardRequest,
  USE_EXCEPTIONS,
  vocabulary
} from "./adapter.ts"
import { createEditor, type Editor, type References } from "./editor.ts"
import { readPageData } from "./examples.ts"
import { IMPACT_TEXT, KIND_TEXT, RECIPIENT_TEXT, STYLE_TEXT, t, type TextKey, type UiLang } from "./i18n.ts"
import { draftFromHash, store, stored, writeHash } from "./share.ts"

performance.mark("playground:main") // the library and CodeMirror are initialised
const { examples: EXAMPLES, schema } = readPageData()

/** Quiet time after the last keystroke before the panes are recomputed. */
const DEBOUNCE_MS = 40

// ---- DOM helpers -------------------------------------------------------------

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const found = document.getElementById(id)
  if (found === null) throw new Error(`#${id} is missing from the page`)
  return found as T
}

type Child = Node | string | undefined | false
const h = (tag: string, attributes: Readonly<Record<string, string | undefined>> = {}, ...children: ReadonlyArray<Child>): HTMLElement => {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value)
  for (const child of children) if (child !== undefined && child !== false) node.append(child)
  return node
}

const fillSelect = (select: HTMLSelectElement, options: ReadonlyArray<{ readonly value: string; readonly label: string }>, keep: string): string => {
  const values = options.map((o) => o.value)
  const chosen = values.includes(keep) ? keep : (values[0] ?? "")
  const same = select.options.length === options.length && options.every((o, i) => select.options[i]?.value === o.value && select.options[i]?.text === o.label)
  if (!same) select.replaceChildren(...options.map((o) => h("option", { value: o.value }, o.label)))
  select.value = chosen
  return chosen
}

// ---- settings ----------------------------------------------------------------

type Tab = "preview" | "findings" | "guard" | "revision"
const TABS: ReadonlyArray<Tab> = ["preview", "findings", "guard", "revision"]

interface Settings {
  ui: UiLang
  tab: Tab
  preview: { lang: RenderLang; format: RenderFormat; style: RenderStyle; allowMissing: boolean }
  guard: Request
}

const DEFAULT_SETTINGS: Settings = {
  ui: navigator.language.toLowerCase().startsWith("ja") ? "ja" : "en",
  tab: "preview",
  preview: { lang: "ja", format: "html", style: DEFAULT_STYLE, allowMissing: true },
  guard: { kind: "use", category: "", purpose: "", exception: "", consent: { purpose: false, provision: false, foreign: false } }
}

const readSettings = (): Settings => {
  try {
    const saved = JSON.parse(stored("settings") ?? "{}") as Partial<Settings>
    return {
      ui: saved.ui === "ja" || saved.ui === "en" ? saved.ui : DEFAULT_SETTINGS.ui,
      tab: TABS.includes(saved.tab as Tab) ? (saved.tab as Tab) : "preview",
      preview: { ...DEFAULT_SETTINGS.preview, ...saved.preview, style: { ...DEFAULT_STYLE, ...saved.preview?.style } },
      guard: saved.guard ?? DEFAULT_SETTINGS.guard
    }
  } catch {
    return DEFAULT_SETTINGS
  }
}

const settings = readSettings()
const saveSettings = (): void => store("settings", JSON.stringify(settings))
const ui = (): UiLang => settings.ui
const tr = (key: TextKey, data?: Readonly<Record<string, string | number>>): string => t(settings.ui, key, data)

// ---- state -------------------------------------------------------------------

interface Baseline {
  readonly text: string
  /** An example's id, or the time it was taken. */
  readonly label: string
  readonly example: boolean
}

let editor: Editor
let analysis: Analysis = { ok: false, problems: [] }
let lastGood: { readonly policy: Policy; readonly table: () => DecisionTable } | undefined
let baseline: Baseline
let baselinePolicy: { readonly text: string; readonly policy: Policy | undefined } | undefined
let pending: ReturnType<typeof setTimeout> | undefined
let lastEditAt: number | undefined
let updates = 0
let lastDuration = 0
/** From the edit to the panes updated, debounce included; `undefined` until the first edit. */
let lastLatency: number | undefined

const references = (): References => {
  if (lastGood === undefined) return { categories: [], purposes: [] }
  return { categories: lastGood.policy.dataCategories.map((c) => c.id), purposes: lastGood.policy.purposes.items.map((p) => p.id) }
}

// ---- interface language --------------------------------------------------------

const applyUiLang = (): void => {
  document.documentElement.lang = settings.ui
  document.title = tr("title")
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n]")) node.textContent = tr(node.dataset.i18n as TextKey)
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n-label]")) node.setAttribute("aria-label", tr(node.dataset.i18nLabel as TextKey))
  for (const node of document.querySelectorAll<HTMLElement>("[data-i18n-title]")) node.setAttribute("title", tr(node.dataset.i18nTitle as TextKey))
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-ui-lang]")) button.setAttribute("aria-pressed", String(button.dataset.uiLang === settings.ui))
  editor?.setLabel(tr("editorLabel"))
  fillExamplePicker()
  fillPreviewOptions()
}

// ---- examples ------------------------------------------------------------------

const examplePicker = (): HTMLSelectElement => $<HTMLSelectElement>("example")

const fillExamplePicker = (): void => {
  const select = examplePicker()
  const current = editor === undefined ? "" : (EXAMPLES.find((e) => e.text === editor.text())?.id ?? "")
  fillSelect(select, [{ value: "", label: tr("exampleCustom") }, ...EXAMPLES.map((e) => ({ value: e.id, label: e.id }))], current)
}

const pickExample = (id: string): void => {
  const example = EXAMPLES.find((e) => e.id === id)
  if (example === undefined) return
  setBaseline({ text: example.text, label: example.id, example: true })
  editor.replace(example.text)
  schedule(0)
}

// ---- the pipeline ----------------------------------------------------------------

const schedule = (delay: number = DEBOUNCE_MS): void => {
  if (pending !== undefined) clearTimeout(pending)
  pending = setTimeout(() => {
    pending = undefined
    update()
  }, delay)
}

let hashTimer: ReturnType<typeof setTimeout> | undefined
const persist = (text: string): void => {
  store("draft", text)
  if (hashTimer !== undefined) clearTimeout(hashTimer)
  hashTimer = setTimeout(() => {
    writeHash(text).catch(() => undefined)
  }, 250)
}

const update = (): void => {
  const started = performance.now()
  const text = editor.text()
  analysis = analyse(text)
  if (analysis.ok) {
    lastGood = { policy: analysis.policy, table: analysis.table }
    // The baseline is often the text itself (an example just picked): no second parse.
    if (baseline.text === text) baselinePolicy = { text, policy: analysis.policy }
  }
  editor.showProblems(analysis.problems, ui())
  refreshPanes()
  const select = examplePicker()
  const example = EXAMPLES.find((e) => e.text === text)?.id ?? ""
  if (select.value !== example) select.value = example
  persist(text)
  const done = performance.now()
  lastDuration = done - started
  performance.measure("playground:update", { start: started, end: done })
  if (lastEditAt !== undefined) {
    lastLatency = done - lastEditAt
    performance.measure("playground:edit-to-update", { start: lastEditAt, end: done })
    lastEditAt = undefined
  }
  updates++
  document.documentElement.dataset.updates = String(updates)
  showStatus()
}

// ---- panes: only the one in view is drawn; the others when they are opened ----

const stale = new Set<Tab>()
const PANES: { readonly [T in Tab]: () => void } = {
  preview: () => showPreview(),
  findings: () => showFindings(),
  guard: () => showGuard(),
  revision: () => showRevision()
}

const showPane = (tab: Tab): void => {
  if (!stale.delete(tab)) return
  PANES[tab]()
}

const refreshPanes = (): void => {
  for (const tab of TABS) stale.add(tab)
  showPane(settings.tab)
}

// ---- status ----------------------------------------------------------------------

const showStatus = (): void => {
  const status = $("status")
  const errors = analysis.problems.filter((p) => p.severity === "error").length
  const warnings = analysis.problems.length - errors
  status.className = analysis.ok ? "ok" : "bad"
  status.textContent = `${analysis.ok ? tr("statusValid") : tr("statusInvalid")} · ${tr("findingsSummary", { e: errors, w: warnings })}`
  // Outside the live region: a screen reader need not hear the timing after every pause in typing.
  $("timing").textContent = lastLatency === undefined ? "" : `${tr("statusUpdated")} ${Math.round(lastDuration)} ms`
  const count = $("findings-count")
  count.textContent = String(analysis.problems.length)
  count.className = `count ${errors > 0 ? "has-errors" : warnings > 0 ? "has-warnings" : ""}`
}

// ---- findings ----------------------------------------------------------------------

const showFindings = (): void => {
  const list = $("findings-list")
  const summary = $("findings-summary")
  const lang = ui()
  const errors = analysis.problems.filter((p) => p.severity === "error").length
  summary.textContent = analysis.problems.length === 0 ? tr("noFindings") : `${analysis.ok ? tr("lintFindings") : tr("loadProblems")}: ${tr("findingsSummary", { e: errors, w: analysis.problems.length - errors })}`
  list.replaceChildren(
    ...analysis.problems.map((problem) => {
      const where = problem.start === undefined ? "" : `${problem.start.line}:${problem.start.column}`
      const head = h(
        "span",
        { class: "finding-head" },
        h("span", { class: `severity ${problem.severity}` }, tr(problem.severity)),
        " ",
        h("code", { class: "rule" }, problem.code),
        where === "" ? undefined : " ",
        where === "" ? undefined : h("span", { class: "where" }, `${tr("line")} ${where}`)
      )
      const body = h("span", { class: "finding-message", lang }, problem.message[lang])
      const button =
        problem.start === undefined
          ? h("div", { class: "finding" }, head, body)
          : h("button", { type: "button", class: "finding", "aria-label": undefined, title: tr("jumpTo", { line: problem.start.line, col: problem.start.column }) }, head, body)
      if (problem.start !== undefined) {
        const { line, column } = problem.start
        button.addEventListener("click", () => editor.jumpTo(line, column))
      }
      return h(
        "li",
        { class: problem.severity },
        button,
        problem.help === undefined ? undefined : h("p", { class: "help", lang }, problem.help[lang]),
        problem.citation === undefined ? undefined : h("p", { class: "citation" }, `${tr("article")}: ${problem.citation[lang]}`),
        problem.path === "" ? undefined : h("p", { class: "path" }, h("code", {}, problem.path))
      )
    })
  )
}

// ---- preview ---------------------------------------------------------------------------

let previewKey: string | undefined
let frameShown: string | undefined
let frameWired = false

const previewFrame = (): HTMLIFrameElement => $<HTMLIFrameElement>("preview-frame")

/** Links in the rendered page: in-page ones scroll the preview; others are not followed (no request leaves the page). */
const guardFrameLinks = (doc: Document): void => {
  doc.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a[href]")
    if (link === null || link === undefined) return
    event.preventDefault()
    const href = link.getAttribute("href") ?? ""
    if (href.startsWith("#")) doc.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView({ block: "start" })
  })
}

/**
 * Puts a rendered page into the preview frame, in place (the scroll position
 * stays while you type). The frame is sandboxed — no script runs in it — and
 * same-origin, so the page can write into it; its document inherits this
 * page's Content-Security-Policy, which allows no inline style but ours. So
 * the renderer's style sheet goes in as a constructed sheet
 * (`adoptedStyleSheets`, which a CSP does not govern) instead of its
 * `<style>` element, and its `<meta>` policy is dropped (the inherited one is
 * stricter).
 */
const showInFrame = (html: string): void => {
  if (frameShown === html) return
  const frame = previewFrame()
  const doc = frame.contentDocument
  const win = frame.contentWindow as (Window & typeof globalThis) | null
  if (doc === null || win === null) return
  if (!frameWired) {
    guardFrameLinks(doc)
    frameWired = true
  }
  // Taken out of the text, not the parsed tree: even an inert parsed document checks a <style> against the CSP.
  // (Every text the renderer writes is escaped, so `</style>` only ever closes its own sheet.)
  const styles: Array<string> = []
  const markup = html.replace(/<style>([\s\S]*?)<\/style>/gu, (_, css: string) => {
    styles.push(css)
    return ""
  })
  const parsed = new DOMParser().parseFromString(markup, "text/html")
  for (const node of parsed.querySelectorAll("meta[http-equiv], script, link, style")) node.remove()
  // Sections out of view are laid out when scrolled to, not at every update.
  const css = `${styles.join("\n")}\n@media screen { main > section { content-visibility: auto; contain-intrinsic-size: auto 40rem; } }`
  const sheet = new win.CSSStyleSheet()
  sheet.replaceSync(css)
  const y = win.scrollY
  doc.replaceChild(doc.importNode(parsed.documentElement, true), doc.documentElement)
  doc.adoptedStyleSheets = [sheet]
  // Back to where the reader was, at the next frame: a scroll now would force a layout of the new page.
  if (y > 0) requestAnimationFrame(() => win.scrollTo(0, y))
  frameShown = html
}

const showPreview = (): void => {
  const problems = $("preview-problems")
  const source = $("preview-source")
  const frame = previewFrame()
  const policy = analysis.ok ? analysis.policy : undefined
  if (policy === undefined) {
    problems.hidden = false
    problems.replaceChildren(h("p", {}, tr("notLoaded")))
    previewKey = undefined
    return // keep the last good rendering in view, under the notice
  }
  const { lang, format, style, allowMissing } = settings.preview
  // Same policy (an edit in a comment or the layout), same options: the page on screen is current.
  const key = JSON.stringify([analysis.ok ? analysis.key : "", settings.preview, settings.ui])
  if (key === previewKey) return
  previewKey = key
  const rendered = renderPolicy(policy, { ui: settings.ui, lang, format, style, allowMissing })
  if (!rendered.ok) {
    problems.hidden = false
    problems.replaceChildren(h("p", {}, h("strong", {}, tr("renderFailed"))), h("ul", {}, ...rendered.problems.map((p) => h("li", {}, p))))
    return
  }
  problems.hidden = rendered.warnings.length === 0
  problems.replaceChildren(
    ...(rendered.warnings.length === 0
      ? []
      : [h("details", {}, h("summary", {}, `${tr("warnings")} (${rendered.warnings.length})`), h("ul", {}, ...rendered.warnings.map((w) => h("li", {}, w))))])
  )
  if (format === "html") {
    frame.hidden = false
    source.hidden = true
    showInFrame(rendered.output)
  } else {
    frame.hidden = true
    source.hidden = false
    source.textContent = rendered.output
  }
}

const STYLE_KEYS: ReadonlyArray<keyof RenderStyle> = ["numbering", "items", "exceptions", "calendar", "englishDates"]

const fillPreviewOptions = (): void => {
  const form = $<HTMLFormElement>("preview-options")
  const label = (value: string): string => STYLE_TEXT[value]?.[ui()] ?? value
  const select = (name: string): HTMLSelectElement => form.elements.namedItem(name) as HTMLSelectElement
  fillSelect(select("lang"), RENDER_LANGS.map((v) => ({ value: v, label: label(v) })), settings.preview.lang)
  fillSelect(select("format"), RENDER_FORMATS.map((v) => ({ value: v, label: label(v) })), settings.preview.format)
  for (const key of STYLE_KEYS) {
    const values = STYLE_VALUES[key] as ReadonlyArray<string>
    fillSelect(select(key), values.map((v) => ({ value: v, label: label(v) })), settings.preview.style[key])
  }
  ;(form.elements.namedItem("allowMissing") as HTMLInputElement).checked = settings.preview.allowMissing
}

const readPreviewOptions = (): void => {
  const form = $<HTMLFormElement>("preview-options")
  const value = (name: string): string => (form.elements.namedItem(name) as HTMLSelectElement).value
  const style = { ...settings.preview.style }
  for (const key of STYLE_KEYS) (style as Record<string, string>)[key] = value(key)
  settings.preview = {
    lang: value("lang") as RenderLang,
    format: value("format") as RenderFormat,
    style,
    allowMissing: (form.elements.namedItem("allowMissing") as HTMLInputElement).checked
  }
  saveSettings()
  showPreview()
}

// ---- guard -------------------------------------------------------------------------------

const guardForm = (): HTMLFormElement => $<HTMLFormElement>("guard-form")
const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string): T => guardForm().elements.namedItem(name) as T

const readGuardForm = (): Request => {
  const kind = (guardForm().querySelector<HTMLInputElement>("input[name=kind]:checked")?.value ?? "use") as "use" | "provide"
  const consent = { purpose: field<HTMLInputElement>("consentPurpose").checked, provision: field<HTMLInputElement>("consentProvision").checked, foreign: field<HTMLInputElement>("consentForeign").checked }
  const category = field<HTMLSelectElement>("category").value
  const exception = field<HTMLSelectElement>("exception").value
  return kind === "use"
    ? { kind, category, purpose: field<HTMLSelectElement>("purpose").value, exception, consent }
    : {
        kind,
        category,
        to: field<HTMLSelectElement>("to").value as RecipientKind,
        recipient: field<HTMLSelectElement>("recipient").value,
        country: field<HTMLInputElement>("country").value,
        entrustorPermission: field<HTMLInputElement>("entrustorPermission").checked,
        exception,
        consent
      }
}

const syncGuardForm = (table: DecisionTable | undefined): void => {
  const form = guardForm()
  const request = settings.guard
  for (const radio of form.querySelectorAll<HTMLInputElement>("input[name=kind]")) radio.checked = radio.value === request.kind
  form.dataset.kind = request.kind
  const words = table === undefined ? undefined : vocabulary(table)
  const category = fillSelect(field("category"), (words?.categories ?? []).map((c) => ({ value: c.id, label: c.id })), request.category)
  const row = words?.categories.find((c) => c.id === category)
  const purposes = words?.purposes ?? []
  const declared = new Set(row?.purposes ?? [])
  fillSelect(
    field("purpose"),
    purposes.map((p) => ({ value: p, label: declared.has(p) ? p : `${p} ·` })),
    request.kind === "use" ? request.purpose : ""
  )
  const to = fillSelect(field("to"), RECIPIENT_KINDS.map((k) => ({ value: k, label: `${k} — ${RECIPIENT_TEXT[k][ui()]}` })), request.kind === "provide" ? request.to : "third-party")
  const recipients = to === "joint-user" ? (row?.jointUsers ?? []) : (words?.recipients[to as RecipientKind] ?? [])
  fillSelect(field("recipient"), [{ value: "", label: tr("recipientNone") }, ...recipients.map((r) => ({ value: r, label: r }))], request.kind === "provide" ? request.recipient : "")
  const exceptions = request.kind === "use" ? USE_EXCEPTIONS : PROVISION_EXCEPTIONS
  fillSelect(field("exception"), [{ value: "", label: tr("exceptionNone") }, ...exceptions.map((e) => ({ value: e, label: e }))], request.exception)
  const country = field<HTMLInputElement>("country")
  if (request.kind === "provide" && country.value !== request.country) country.value = request.country
  field<HTMLInputElement>("entrustorPermission").checked = request.kind === "provide" && request.entrustorPermission
  field<HTMLInputElement>("consentPurpose").checked = request.consent.purpose
  field<HTMLInputElement>("consentProvision").checked = request.consent.provision
  field<HTMLInputElement>("consentForeign").checked = request.consent.foreign
  for (const node of form.querySelectorAll<HTMLElement>("[data-for]")) node.hidden = node.dataset.for !== request.kind
}

const decisionView = (decision: Decision): HTMLElement => {
  const lang = ui()
  return h(
    "dl",
    { class: `decision ${decision.allowed ? "allowed" : "denied"}` },
    h("div", {}, h("dt", {}, tr("decision")), h("dd", { class: "verdict" }, decision.allowed ? `✓ ${tr("allowed")}` : `✗ ${tr("denied")}`)),
    h("div", {}, h("dt", {}, tr("code")), h("dd", {}, h("code", {}, decision.code))),
    h("div", {}, h("dt", {}, tr("basis")), h("dd", {}, decision.basis === "law" ? tr("basisLaw") : tr("basisPolicy"))),
    h("div", {}, h("dt", {}, tr("article")), h("dd", {}, decision.article)),
    h("div", {}, h("dt", {}, tr("explanation")), h("dd", { lang }, decision.explain[lang]))
  )
}

const cell = (decision: Decision, data: Readonly<Record<string, string>>, label?: string): HTMLElement =>
  h(
    "td",
    { class: decision.allowed ? "yes" : "no", title: `${decision.code} — ${decision.explain[ui()]}`, ...Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v])) },
    h("span", { "aria-hidden": "true" }, decision.allowed ? "✓" : "✗"),
    label === undefined ? undefined : h("span", { class: "cell-label" }, ` ${label}`),
    h("span", { class: "sr-only" }, ` ${decision.allowed ? tr("allowed") : tr("denied")}: ${decision.code}`)
  )

const showGuardTables = (table: DecisionTable): void => {
  const decideOne = checker(table)
  const lang = ui()
  const useGrid = $("use-grid")
  useGrid.replaceChildren(
    h("caption", { class: "sr-only" }, tr("tableUses")),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, tr("category")), ...table.purposes.map((p) => h("th", { scope: "col" }, h("span", { class: "vertical" }, p))))),
    h(
      "tbody",
      {},
      ...table.categories.map((c) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, c.id),
          ...table.purposes.map((p) => cell(decideOne({ category: c.id, purpose: p }), { kind: "use", category: c.id, purpose: p }))
        )
      )
    )
  )
  const routeGrid = $("route-grid")
  const jp = { country: "JP" }
  routeGrid.replaceChildren(
    h("caption", { class: "sr-only" }, tr("tableProvision")),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, tr("category")),
        h("th", { scope: "col" }, tr("kind")),
        h("th", { scope: "col" }, tr("optOut")),
        h("th", { scope: "col" }, tr("routeThirdParty")),
        h("th", { scope: "col" }, tr("routeOutsourcee")),
        h("th", { scope: "col" }, tr("routeSuccessor")),
        h("th", { scope: "col" }, tr("routeJointUsers"))
      )
    ),
    h(
      "tbody",
      {},
      ...table.categories.map((c) => {
        const route = (to: RecipientKind, recipient?: string): Decision =>
          decideOne({ category: c.id, provide: recipient === undefined ? { to, ...jp } : { to, recipient } })
        const joint = h("td", { class: "joint" })
        if (c.jointUsers.length === 0) joint.textContent = tr("noJointUsers")
        else
          joint.append(
            h(
              "ul",
              {},
              ...c.jointUsers.map((u) => {
                const d = route("joint-user", u.id)
                return h("li", { class: d.allowed ? "yes" : "no", title: `${d.code} — ${d.explain[lang]}` }, `${d.allowed ? "✓" : "✗"} ${u.id}`, h("span", { class: "sr-only" }, ` ${d.code}`))
              })
            )
          )
        return h(
          "tr",
          {},
          h("th", { scope: "row" }, c.id),
          h("td", {}, KIND_TEXT[c.kind]?.[lang] ?? c.kind),
          h("td", {}, h("code", {}, c.optOut)),
          cell(route("third-party"), { kind: "provide", category: c.id, to: "third-party" }, route("third-party").code),
          cell(route("outsourcee"), { kind: "provide", category: c.id, to: "outsourcee" }, route("outsourcee").code),
          cell(route("successor"), { kind: "provide", category: c.id, to: "successor" }, route("successor").code),
          joint
        )
      })
    )
  )
}

let tablesKey: string | undefined

const showGuard = (): void => {
  const table = analysis.ok ? analysis.table() : undefined
  const notice = $("guard-notice")
  notice.hidden = table !== undefined
  notice.textContent = table === undefined ? tr("notLoaded") : ""
  syncGuardForm(table ?? lastGood?.table())
  settings.guard = readGuardForm()
  const out = $("guard-decision")
  const current = table ?? lastGood?.table()
  if (current === undefined) {
    out.replaceChildren()
    return
  }
  out.replaceChildren(decisionView(decide(current, toGuardRequest(settings.guard))))
  const key = `${current.policy.hash} ${ui()}`
  if (tablesKey !== key) {
    showGuardTables(current)
    tablesKey = key
  }
}

const onGuardInput = (): void => {
  settings.guard = readGuardForm()
  saveSettings()
  showGuard()
}

const loadCell = (target: HTMLElement): void => {
  const td = target.closest<HTMLElement>("td[data-kind]")
  if (td === null) return
  const d = td.dataset
  const consent = { purpose: false, provision: false, foreign: false }
  settings.guard =
    d.kind === "use"
      ? { kind: "use", category: d.category ?? "", purpose: d.purpose ?? "", exception: "", consent }
      : { kind: "provide", category: d.category ?? "", to: (d.to ?? "third-party") as RecipientKind, recipient: "", country: "JP", entrustorPermission: false, exception: "", consent }
  saveSettings()
  showGuard()
  guardForm().scrollIntoView({ block: "nearest" })
}

// ---- revision ----------------------------------------------------------------------------

let revisionKey: string | undefined

/** A cheap fingerprint of the baseline text (FNV-1a), for knowing when the revision view is current. */
const hashText = (text: string): string => {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(16)
}

const setBaseline = (next: Baseline): void => {
  baseline = next
  store("baseline", JSON.stringify(next))
}

const baselineOf = (): Policy | undefined => {
  if (baselinePolicy?.text !== baseline.text) baselinePolicy = { text: baseline.text, policy: load(baseline.text) }
  return baselinePolicy.policy
}

const impactBadge = (impact: Impact): HTMLElement => h("span", { class: `impact impact-${impact}` }, IMPACT_TEXT[impact].badge[ui()])

const showRevision = (): void => {
  const lang = ui()
  $("baseline-label").textContent = tr("baselineFrom", { name: baseline.example ? baseline.label : tr("baselineSetAt", { time: baseline.label }) })
  const summary = $("revision-summary")
  const list = $("revision-list")
  const changelog = $("changelog")
  const before = baselineOf()
  const after = analysis.ok ? analysis.policy : undefined
  if (before === undefined || after === undefined) {
    revisionKey = undefined
    summary.replaceChildren(h("p", { class: "notice" }, before === undefined ? tr("baselineInvalid") : tr("notLoaded")))
    list.replaceChildren()
    changelog.textContent = ""
    $("changelog-box").hidden = true
    return
  }
  const key = `${baseline.text.length}:${hashText(baseline.text)} ${hashText(analysis.ok ? analysis.key : "")} ${lang}`
  if (key === revisionKey) return
  revisionKey = key
  const revision = revise(before, after)
  if (revision.impact === null) {
    summary.replaceChildren(h("p", { class: "no-change" }, tr("noChanges")))
    list.replaceChildren()
    changelog.textContent = ""
    $("changelog-box").hidden = true
    return
  }
  const counts = IMPACTS.map((impact) => [impact, revision.changes.filter((c) => c.impact === impact).length] as const).filter(([, n]) => n > 0)
  summary.replaceChildren(
    h(
      "p",
      { class: "highest" },
      `${tr("highest")}: `,
      impactBadge(revision.impact),
      " ",
      h("span", { class: "obliges" }, IMPACT_TEXT[revision.impact].obliges[lang]),
      ` · ${tr("changes", { n: revision.changes.length })}`
    ),
    h("p", { class: "impact-counts" }, ...counts.flatMap(([impact, n]) => [impactBadge(impact), ` ×${n} `]))
  )
  list.replaceChildren(
    ...revision.changes.map((change) =>
      h(
        "li",
        { class: `change impact-row-${change.impact}` },
        h("p", { class: "change-head" }, impactBadge(change.impact), " ", h("code", {}, change.id), change.entry === undefined ? undefined : " ", change.entry === undefined ? undefined : h("code", { class: "entry" }, change.entry), " ", h("span", { class: "change-path" }, change.path)),
        change.name === undefined ? undefined : h("p", { class: "change-name", lang: "ja" }, change.name),
        h("p", { class: "change-explain", lang }, change.explain[lang]),
        h("p", { class: "change-obliges" }, `${tr("obliges")}: ${IMPACT_TEXT[change.impact].obliges[lang]} — ${tr("article")}: ${change.article[lang]}`),
        change.unlawful ? h("p", { class: "unlawful" }, tr("unlawful")) : undefined,
        change.hints.length === 0 ? undefined : h("ul", { class: "hints", "aria-label": tr("hints") }, ...change.hints.map((hint) => h("li", { lang }, hint[lang])))
      )
    )
  )
  changelog.textContent = [
    `${tr("revisionHeading")}: ${IMPACT_TEXT[revision.impact].obliges[lang]}`,
    ...revision.changes.map((c) =>
      [
        `・[${IMPACT_TEXT[c.impact].badge[lang]}] ${c.id}${c.entry === undefined ? "" : ` ${c.entry}`} (${c.path})`,
        `    ${c.explain[lang]}`,
        `    ${tr("article")}: ${c.article[lang]}`,
        ...c.hints.map((hint) => `    ※ ${hint[lang]}`)
      ].join("\n")
    )
  ].join("\n")
  $("changelog-box").hidden = false
}

// ---- tabs ----------------------------------------------------------------------------------

const selectTab = (tab: Tab, focus: boolean): void => {
  settings.tab = tab
  saveSettings()
  for (const name of TABS) {
    const button = $(`tab-${name}`)
    const selected = name === tab
    button.setAttribute("aria-selected", String(selected))
    button.tabIndex = selected ? 0 : -1
    $(`panel-${name}`).hidden = !selected
    if (selected && focus) button.focus()
  }
  showPane(tab)
}

const wireTabs = (): void => {
  const list = document.querySelector<HTMLElement>("[role=tablist]")!
  list.addEventListener("click", (event) => {
    const tab = (event.target as Element).closest<HTMLElement>("[role=tab]")
    if (tab !== null) selectTab(tab.id.slice("tab-".length) as Tab, false)
  })
  list.addEventListener("keydown", (event) => {
    const index = TABS.indexOf(settings.tab)
    const next =
      event.key === "ArrowRight" ? TABS[(index + 1) % TABS.length] : event.key === "ArrowLeft" ? TABS[(index + TABS.length - 1) % TABS.length] : event.key === "Home" ? TABS[0] : event.key === "End" ? TABS[TABS.length - 1] : undefined
    if (next === undefined) return
    event.preventDefault()
    selectTab(next, true)
  })
}

// ---- start ---------------------------------------------------------------------------------------

const copyLink = async (): Promise<void> => {
  const status = $("share-status")
  await writeHash(editor.text())
  try {
    await navigator.clipboard.writeText(location.href)
    status.textContent = tr("linkCopied")
  } catch {
    status.textContent = tr("linkReady")
  }
}

const start = async (): Promise<void> => {
  const fromHash = await draftFromHash()
  const draft = stored("draft")
  const first = EXAMPLES[0]!
  const text = fromHash ?? draft ?? first.text
  let savedBaseline: Baseline | undefined
  try {
    savedBaseline = JSON.parse(stored("baseline") ?? "null") as Baseline | undefined
  } catch {
    savedBaseline = undefined
  }
  const example = EXAMPLES.find((e) => e.text === text)
  baseline =
    fromHash !== undefined && fromHash !== draft
      ? example !== undefined
        ? { text, label: example.id, example: true }
        : { text, label: new Date().toLocaleTimeString(), example: false }
      : (savedBaseline ?? { text: first.text, label: first.id, example: true })
  store("baseline", JSON.stringify(baseline))

  editor = createEditor({
    host: $("editor"),
    doc: text,
    schema,
    lang: ui,
    references,
    onChange: () => {
      lastEditAt ??= performance.now()
      schedule()
    }
  })
  applyUiLang()
  wireTabs()
  selectTab(settings.tab, false)

  examplePicker().addEventListener("change", () => {
    if (examplePicker().value !== "") pickExample(examplePicker().value)
  })
  $("share").addEventListener("click", () => {
    copyLink().catch(() => undefined)
  })
  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-ui-lang]")) {
    button.addEventListener("click", () => {
      settings.ui = button.dataset.uiLang === "en" ? "en" : "ja"
      saveSettings()
      applyUiLang()
      tablesKey = undefined
      previewKey = undefined
      editor.showProblems(analysis.problems, ui())
      showStatus()
      refreshPanes()
    })
  }
  $("preview-options").addEventListener("change", readPreviewOptions)
  $("preview-options").addEventListener("submit", (event) => event.preventDefault())
  guardForm().addEventListener("change", onGuardInput)
  guardForm().addEventListener("input", (event) => {
    if ((event.target as HTMLElement).getAttribute("name") === "country") onGuardInput()
  })
  guardForm().addEventListener("submit", (event) => event.preventDefault())
  for (const id of ["use-grid", "route-grid"]) $(id).addEventListener("click", (event) => loadCell(event.target as HTMLElement))
  $("baseline-set").addEventListener("click", () => {
    setBaseline({ text: editor.text(), label: new Date().toLocaleTimeString(), example: false })
    showRevision()
  })
  window.addEventListener("hashchange", () => {
    draftFromHash()
      .then((shared) => {
        if (shared !== undefined && shared !== editor.text()) {
          editor.replace(shared)
          schedule(0)
        }
      })
      .catch(() => undefined)
  })

  update()
  // First useful paint: the editor, the findings and the rendered policy are on screen (the next frame).
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark("playground:ready")
      document.documentElement.dataset.ready = "true"
    }, 0)
  )
}

start().catch((error: unknown) => {
  const status = document.getElementById("status")
  if (status !== null) status.textContent = String(error)
  throw error
})
