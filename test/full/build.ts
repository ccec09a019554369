/**
 * Global set-up of `npm run test:full`: builds `dist/` once, for the tests
 * that run the package as users get it (the CLI binary, `npm pack`).
 */
import { execFileSync } from "node:child_process"
import { join } from "node:path"

export default function setup(): void {
  execFileSync("npm", ["run", "-s", "build"], { cwd: join(import.meta.dirname, "..", ".."), stdio: ["ignore", "ignore", "inherit"] })
}
