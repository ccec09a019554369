/**
 * The YAML editor: CodeMirror 6 with only the parts the playground uses,
 * completion and hover from the project's JSON Schema, and the loader's and
 * lint's diagnostics set from outside (the page analyses the text once per
 * edit, for every pane at once).
 *
 * The editor lives in a shadow root: there CodeMirror's styles go into a
 * constructed style sheet (`adoptedStyleSheets`), which the page's
 * Content-Security-Policy allows without 'unsafe-inline'.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, type Completion, type CompletionContext, type CompletionResult, completionKeymap, insertCompletionText, pickedCompletion, startCompletion } from "@codemirror/autocomplete"
import { history, historyKeymap, indentLess, indentMore, standardKeymap, toggleComment } from "@codemirror/commands"
import { yaml } from "@codemirror/legacy-modes/mode/yaml"
import { defaultHighlightStyle, indentUnit, StreamLanguage, syntaxHighlighting } from "@codemirror/language"
import { type Diagnostic, linter, lintGutter, lintKeymap, setDiagnostics } from "@codemirror/lint"
import { EditorSelection, EditorState, type Extension } from "@codemirror/state"
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, hoverTooltip, keymap, lineNumbers, type Tooltip } from "@codemirror/view"
import type { Problem } from "./adapter.ts"
import { t, type UiLang } from "./i18n.ts"
import { type SchemaView, SchemaWalker, type JsonSchema, type Segment } from "./schema.ts"
import { contextAt, nodeAt } from "./yamlPath.ts"

export interface References {
  readonly categories: ReadonlyArray<string>
  readonly purposes: ReadonlyArray<string>
}

export interface EditorOptions {
  readonly host: HTMLElement
  readonly doc: string
  readonly schema: JsonSchema
  readonly lang: () => UiLang
  /** Ids the last policy that loaded declares, offered where an id is referenced. */
  readonly references: () => References
  readonly onChange: () => void
}

export interface Editor {
  readonly view: EditorView
  text(): string
  /** Replaces the whole text (undoable). */
  replace(text: string): void
  showProblems(problems: ReadonlyArray<Problem>, lang: UiLang): void
  /** Puts the cursor at a 1-based line and column, scrolls there and focuses the editor. */
  jumpTo(line: number, column: number): void
  setLabel(label: string): void
}

const element = (tag: string, className?: string, text?: string): HTMLElement => {
  const node = document.createElement(tag)
  if (className !== undefined) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

const pathText = (path: ReadonlyArray<Segment>): string =>
  path.reduce<string>((acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc === "" ? s : `${acc}.${s}`), "")

/** The explanation of a place in the schema: title, descriptions, allowed values. */
const explain = (view: SchemaView, lang: UiLang, path: ReadonlyArray<Segment> | undefined, required: boolean): HTMLElement => {
  const box = element("div", "cm-schema-doc")
  if (path !== undefined && path.length > 0) box.append(element("code", "cm-schema-path", pathText(path)))
  const title = view.titles[0]
  if (title !== undefined) {
    const heading = element("strong", undefined, title)
    box.append(heading)
    if (required) box.append(" ", element("span", "cm-schema-required", t(lang, "hoverRequired")))
  }
  for (const text of view.descriptions.slice(0, 2)) box.append(element("p", undefined, text))
  if (view.values.length > 0) box.append(element("p", "cm-schema-values", `${t(lang, "hoverValues")}: ${view.values.map(String).join(", ")}`))
  else if (view.pattern !== undefined) box.append(element("p", "cm-schema-values", `${t(lang, "hoverPattern")}: ${view.pattern}`))
  return box
}

const isObjectOnly = (view: SchemaView): boolean => view.types.size === 1 && view.types.has("object")
const isListOfObjects = (walker: SchemaWalker, view: SchemaView): boolean => {
  if (!(view.types.size === 1 && view.types.has("array"))) return false
  const item = walker.view(view.items)
  return item !== undefined && item.properties.size > 0
}

const theme = EditorView.theme({
  "&": { height: "100%", fontSize: "14px", backgroundColor: "var(--pg-editor-bg, #fff)", color: "var(--pg-fg, #1a1a1a)" },
  "&.cm-focused": { outline: "3px solid var(--pg-focus, #1a5fb4)", outlineOffset: "-3px" },
  ".cm-scroller": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Noto Sans Mono CJK JP', monospace", lineHeight: "1.5" },
  ".cm-gutters": { backgroundColor: "var(--pg-gutter-bg, #f4f4f6)", color: "#4d4d57", borderRight: "1px solid #d0d0d7" },
  ".cm-activeLine": { backgroundColor: "rgba(26, 95, 180, 0.06)" },
  ".cm-tooltip": { maxWidth: "min(36rem, 90vw)", fontSize: "13px" },
  ".cm-schema-doc": { padding: "6px 10px", lineHeight: "1.45" },
  ".cm-schema-doc p": { margin: "4px 0 0" },
  ".cm-schema-path": { display: "block", color: "#4d4d57", fontSize: "12px", marginBottom: "2px" },
  ".cm-schema-required": { color: "#a51d2d", fontSize: "12px" },
  ".cm-schema-values": { color: "#26415e" },
  ".cm-tooltip-autocomplete ul li[aria-selected]": { backgroundColor: "#1a5fb4", color: "#fff" },
  ".cm-diagnosticText": { whiteSpace: "pre-wrap" }
})

export const createEditor = (options: EditorOptions): Editor => {
  const walker = new SchemaWalker(options.schema)

  const keyCompletion = (name: string, schemas: ReadonlyArray<JsonSchema>, required: boolean, indent: number, colon: boolean): Completion => {
    const view = walker.view(schemas)
    const insert =
      colon || view === undefined
        ? name
        : isObjectOnly(view)
          ? `${name}:\n${" ".repeat(indent + 2)}`
          : isListOfObjects(walker, view)
            ? `${name}:\n${" ".repeat(indent + 2)}- `
            : `${name}: `
    return {
      label: name,
      type: "property",
      boost: required ? 1 : 0,
      ...(view?.titles[0] === undefined ? {} : { detail: view.titles[0] }),
      ...(view === undefined ? {} : { info: () => explain(view, options.lang(), undefined, required) }),
      apply: (editor, completion, from, to) => {
        editor.dispatch({ ...insertCompletionText(editor.state, insert, from, to), annotations: pickedCompletion.of(completion) })
        if (insert.endsWith("\n" + " ".repeat(indent + 2)) || insert.endsWith("- ") || insert.endsWith(": ")) startCompletion(editor)
      }
    }
  }

  const valueCompletions = (path: ReadonlyArray<Segment>, view: SchemaView): ReadonlyArray<Completion> => {
    const values: Array<Completion> = view.values.map((value) => ({ label: String(value), type: "enum", ...(view.titles[0] === undefined ? {} : { detail: view.titles[0] }) }))
    if (view.types.has("boolean")) values.push({ label: "true", type: "keyword" }, { label: "false", type: "keyword" })
    const lastKey = [...path].reverse().find((s): s is string => typeof s === "string")
    const refs = options.references()
    const ids = lastKey === "categories" || lastKey === "category" ? refs.categories : lastKey === "purposes" || lastKey === "purpose" ? refs.purposes : []
    const takesId = view.defs.has("Id") || view.items.length > 0 || typeof path[path.length - 1] === "number"
    if (takesId) for (const id of ids) values.push({ label: id, type: "variable", detail: t(options.lang(), "hoverDeclared") })
    return values
  }

  const complete = (context: CompletionContext): CompletionResult | null => {
    const where = contextAt(context.state.doc.toString(), context.pos)
    if (where === undefined) return null
    const view = walker.at(where.path)
    if (view === undefined) return null
    let completions: ReadonlyArray<Completion>
    if (where.kind === "key" && view.properties.size > 0) {
      completions = [...view.properties]
        .filter(([name]) => !where.keys.includes(name))
        .map(([name, schemas]) => keyCompletion(name, schemas, view.required.has(name), where.indent, where.colon))
    } else {
      completions = valueCompletions(where.path, view)
    }
    if (completions.length === 0) return null
    return { from: where.from, to: where.to, options: completions, validFor: /^[\w.-]*$/u }
  }

  const hover = (editor: EditorView, pos: number): Tooltip | null => {
    const text = editor.state.doc.toString()
    const at = nodeAt(text, pos)
    if (at === undefined) return null
    // On a value, explain the value's place; in a list, the list's item.
    const view = walker.at(at.path)
    if (view === undefined || (view.titles.length === 0 && view.descriptions.length === 0)) return null
    const parent = walker.at(at.path.slice(0, -1))
    const last = at.path[at.path.length - 1]
    const required = typeof last === "string" && parent?.required.has(last) === true
    return { pos: at.from, end: at.to, above: true, create: () => ({ dom: explain(view, options.lang(), at.path, required) }) }
  }

  const extensions: ReadonlyArray<Extension> = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    EditorState.allowMultipleSelections.of(false),
    indentUnit.of("  "),
    EditorState.tabSize.of(2),
    StreamLanguage.define(yaml),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    highlightActiveLine(),
    closeBrackets(),
    autocompletion({ override: [complete], icons: false }),
    hoverTooltip(hover, { hoverTime: 350 }),
    // Diagnostics come from outside (setDiagnostics); a linter without a source installs the lint state up front.
    linter(null),
    lintGutter(),
    keymap.of([
      ...closeBracketsKeymap,
      ...completionKeymap,
      ...lintKeymap,
      ...historyKeymap,
      { key: "Mod-]", run: indentMore },
      { key: "Mod-[", run: indentLess },
      { key: "Mod-/", run: toggleComment },
      ...standardKeymap
    ]),
    EditorView.domEventHandlers({
      // Typing over a selection is otherwise left to the browser, and Chromium then copies the replaced
      // text's highlighting colour into a style attribute, which the page's CSP refuses (a console error).
      beforeinput: (event, editor) => {
        if (event.inputType !== "insertText" || event.isComposing || event.data === null) return false
        if (editor.state.selection.ranges.every((range) => range.empty)) return false
        event.preventDefault()
        editor.dispatch({ ...editor.state.replaceSelection(event.data), userEvent: "input.type", scrollIntoView: true })
        return true
      }
    }),
    EditorView.lineWrapping,
    theme,
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange()
    })
  ]

  const shadow = options.host.attachShadow({ mode: "open" })
  const mount = document.createElement("div")
  mount.className = "pg-editor-mount"
  mount.style.height = "100%"
  shadow.append(mount)
  const view = new EditorView({ state: EditorState.create({ doc: options.doc, extensions }), parent: mount, root: shadow })

  const position = (line: number, column: number): number => {
    const doc = view.state.doc
    const target = doc.line(Math.min(Math.max(1, line), doc.lines))
    return Math.min(target.from + Math.max(0, column - 1), target.to)
  }

  return {
    view,
    text: () => view.state.doc.toString(),
    replace: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: EditorSelection.cursor(0), scrollIntoView: true }),
    showProblems: (problems, lang) => {
      const doc = view.state.doc
      const diagnostics: Array<Diagnostic> = problems.map((problem) => {
        const from = problem.start === undefined ? 0 : position(problem.start.line, problem.start.column)
        // A finding about a whole section is underlined on its first line only, not across the section.
        const line = doc.lineAt(from)
        let to = problem.end === undefined ? from : Math.min(Math.max(from, position(problem.end.line, problem.end.column)), line.to)
        if (to === from) to = line.to
        const message = [`${problem.code}: ${problem.message[lang]}`, problem.help?.[lang], problem.citation?.[lang]].filter((s) => s !== undefined && s !== "").join("\n")
        return { from, to, severity: problem.severity, message, source: problem.source === "lint" ? "lint" : "load" }
      })
      view.dispatch(setDiagnostics(view.state, diagnostics))
    },
    jumpTo: (line, column) => {
      const pos = position(line, column)
      view.dispatch({ selection: EditorSelection.cursor(pos), effects: EditorView.scrollIntoView(pos, { y: "center" }) })
      view.focus()
    },
    setLabel: (label) => view.contentDOM.setAttribute("aria-label", label)
  }
}
