// The portal's languages: the one list that the app, server.js, the database schema and the tests
// read. A seventh language is one line here plus its locales/<code>/ files.
// Plain JavaScript so that server.js reads it without a build; TypeScript reads the types.
//   code      BCP 47 primary tag, also the URL prefix (/fr/…) and the key in translated columns
//   dir       writing direction of the page
//   fallback  where a text is missing in the visitor's language, lower is shown first

export const languageTable = /** @type {const} */ ([
  { code: "ar", dir: "rtl", fallback: 5 },
  { code: "zh", dir: "ltr", fallback: 6 },
  { code: "en", dir: "ltr", fallback: 1 },
  { code: "fr", dir: "ltr", fallback: 2 },
  { code: "ru", dir: "ltr", fallback: 4 },
  { code: "es", dir: "ltr", fallback: 3 },
]);

/** The language of a visitor who names none and of a page whose language is unknown. */
export const defaultLanguage = "en";
