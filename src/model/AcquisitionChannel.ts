/**
 * Acquisition channels (取得方法): where personal information comes from.
 *
 * @since 0.1.0
 * @module
 */
import { Schema } from "effect"
import { Id, LocalizedText, TextList } from "./primitives.ts"

/** @since 0.1.0 */
export const AcquisitionChannel = Schema.Struct({
  id: Id,
  channel: LocalizedText,
  examples: TextList,
  obtained: TextList.annotate({ description: "What is obtained through the channel (取得する情報)." })
}).annotate({ identifier: "AcquisitionChannel", title: "Acquisition channel (取得方法)" })
