import { afterAll } from "vitest"
import { removeTempDirs } from "./tempDir.ts"

afterAll(removeTempDirs)
