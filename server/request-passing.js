// Before each loader and action, Remix's server runtime copies the request twice (stripIndexParam,
// then stripRoutesParam or stripDataParam in @remix-run/server-runtime's data.js) to take the
// `index`, `_routes` or `_data` parameter out of its address. A page with four loaders made eight
// new requests, each with its own address parsed, its headers copied and an abort signal tied to
// the first: about a tenth of a page rendered afresh (decision 016, eleventh round). When the
// address has no such parameter, the copy differs from the request only in how its query is
// written (Remix's rewrites `a%20b` as `a+b`, `?flag` as `?flag=`; the values read are the same),
// so the request is passed on as it came. This is the text transform; pass-requests-through.js
// applies it as Node loads the file, and tests/unit/pass-requests-through.test.ts checks that the
// installed version is patched and that an address with the parameters is still stripped.

const STRIPS = { stripIndexParam: "index", stripDataParam: "_data", stripRoutesParam: "_routes" };

/** data.js with each strip function returning the request when its parameter is absent; undefined when the text is not the expected one. */
export function passRequestsThrough(source) {
  let patched = source;
  for (const [name, param] of Object.entries(STRIPS)) {
    const head = `function ${name}(request) {\n`;
    if (patched.split(head).length !== 2) return undefined;
    patched = patched.replace(head, `${head}  if (!hasParam(request.url, ${JSON.stringify(param)})) return request;\n`);
  }
  return `${patched}
function hasParam(url, name) {
  const query = url.indexOf("?");
  return query !== -1 && new URLSearchParams(url.slice(query + 1).split("#")[0]).has(name);
}
`;
}
