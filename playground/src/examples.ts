/**
 * The data the page carries besides its script: the five example policies
 * (examples/*.yaml) and the project's JSON Schema. The build puts them in the
 * page as one JSON data block (`<script type="application/json">`, which is
 * never executed), so they stay out of the JavaScript and its budget.
 */
import type { JsonSchema } from "./schema.ts"

export interface Example {
  readonly id: string
  readonly text: string
}

export interface PageData {
  readonly examples: ReadonlyArray<Example>
  readonly schema: JsonSchema
}

export const DATA_ELEMENT_ID = "pg-data"

export const readPageData = (): PageData => {
  const element = document.getElementById(DATA_ELEMENT_ID)
  if (element === null) throw new Error("the page has no data block")
  const data = JSON.parse(element.textContent ?? "") as PageData
  if (!Array.isArray(data.examples) || data.examples.length === 0) throw new Error("the page's data block has no examples")
  return data
}
