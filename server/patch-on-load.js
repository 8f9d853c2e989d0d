// Node's CommonJS loader, asked to change one file's text as it loads it: how the server/ modules
// patch Remix's own files (route matching, the requests copied for loaders). Each hook stays on
// the chain (another may have been put on top of it) and does nothing after its one file.
import Module from "node:module";

/**
 * When a file whose path matches `file` is loaded, it is compiled from `transform(text)`; when
 * that returns undefined (another version of the file), from its own text, with `warning` printed.
 */
export function patchOnLoad(file, transform, warning) {
  const compile = Module.prototype._compile;
  let done = false;
  Module.prototype._compile = function (content, filename) {
    if (!done && file.test(filename)) {
      done = true;
      const patched = transform(content);
      if (patched) content = patched;
      else console.warn(warning);
    }
    return compile.call(this, content, filename);
  };
}
