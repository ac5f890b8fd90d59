// Paths shared by the JavaScript tests.
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../", import.meta.url));
export const shared = fileURLToPath(new URL("../../../shared/", import.meta.url));
export const cli = root + "build/native/relief";
export const seedPath = shared + "seed/palmyre.fr.txt";
