/**
 * Artifacts of this repository that are generated and committed but not part
 * of the published `appi-policy/codegen` entry (rule docs, rendered and linted
 * examples). `main.ts` writes and checks them together with the published ones.
 *
 * @since 0.1.0
 */
import type { Artifact } from "./index.ts"

/** Every repository artifact, in a fixed order. @since 0.1.0 */
export const repoArtifacts = async (): Promise<ReadonlyArray<Artifact>> => []
