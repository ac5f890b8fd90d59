// Paths shared by the JavaScript tests.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));
// The shared data (seed, corpora): $RELIEF_SHARED_DIR, else ../shared beside
// the clone, else the machine's /work/shared (a clone elsewhere), as CMake.
const besideClone = fileURLToPath(new URL("../../../shared/", import.meta.url));
export const shared = process.env.RELIEF_SHARED_DIR
  ? resolve(process.env.RELIEF_SHARED_DIR) + "/"
  : existsSync(besideClone) ? besideClone : "/work/shared/";
// RELIEF_CLI: another build of the CLI (tools/test.sh runs the CLI tests
// again on the sanitizer build).
export const cli = resolve(root, process.env.RELIEF_CLI ?? "build/native/relief");
export const seedPath = shared + "seed/palmyre.fr.txt";
