// Guards the guard: `tsc` fails if translation keys stop being checked (a typo must not compile).
import type { KeyIn, TextKey } from "./translation-keys";

const known: TextKey = "brand.name";
const otherNamespace: TextKey = "admin:editor.save";
const adminOwn: KeyIn<"admin"> = "editor.save";
// @ts-expect-error a key that is not in locales/en/common.json
const typo: TextKey = "brand.nmae";
// @ts-expect-error a common key is not an admin key without its prefix
const wrongNamespace: KeyIn<"admin"> = "brand.name";

export const translationKeyChecks = [known, otherNamespace, adminOwn, typo, wrongNamespace];
