import type admin from "../../locales/en/admin.json";
import type common from "../../locales/en/common.json";
import type email from "../../locales/en/email.json";

// The keys of the interface texts, read from the English files: a key that is not there (a typo, a
// text since removed) fails `tsc` instead of showing the key on the page. tests/unit/locales.test.ts
// holds the other languages' files to the same keys. A key built from a value (`status.${s}`)
// type-checks when the value's type is the union of the possible values, not `string`.

// Counted texts exist as CLDR plural forms (`x_one`, `x_other`, …); they are asked for by their base key `x`.
type PluralForm = "zero" | "one" | "two" | "few" | "many" | "other";
type Base<K extends string> = K extends `${infer B}_${PluralForm}` ? B : K;

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

type Files = { common: typeof common; admin: typeof admin; email: typeof email };
export type Namespace = keyof Files;
type Other<N extends Namespace> = Exclude<Namespace, N>;

/** A key as written where N is the default namespace: plain, or prefixed by another namespace ("admin:…"). */
export type KeyIn<N extends Namespace> = Leaves<Files[N]> | { [M in Other<N>]: `${M}:${Leaves<Files[M]>}` }[Other<N>];
/** A key as the common namespace's `t` takes it. */
export type TextKey = KeyIn<"common">;
