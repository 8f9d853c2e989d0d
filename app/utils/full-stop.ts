/**
 * One full stop where a sentence ends on a name that has its own: «en nombre de Ejemplo S.A.», not
 * «S.A..». The name may be isolated for bidi (…S.A.⁩.). The interface texts never write two stops.
 */
export const oneFullStop = (text: string) => text.replace(/(?<!\.)\.(\u2069?)\.(?!\.)/g, ".$1");
