// Paths shared by the JavaScript tests.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const shared = fileURLToPath(new URL("../../../shared/", import.meta.url));
// RELIEF_CLI: another build of the CLI (tools/test.sh runs the CLI tests
// again on the sanitizer build).
export const cli = resolve(root, process.env.RELIEF_CLI ?? "build/native/relief");
export const seedPath = shared + "seed/palmyre.fr.txt";
