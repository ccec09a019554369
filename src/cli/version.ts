/**
 * The package's version, read from package.json at build time (the bundler
 * inlines it), so `--version` costs no file read.
 *
 * @since 0.2.0
 */
import pkg from "../../package.json" with { type: "json" }

export const VERSION: string = pkg.version
