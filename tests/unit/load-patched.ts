import Module from "node:module";

/** A CommonJS file of an installed package compiled from `source` (its own text, or a server/ patch of it), as Node would load it. */
export function loadAs<T>(file: string, source: string): T {
  const m = new Module(file) as Module & { _compile(source: string, file: string): void };
  m.filename = file;
  m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(file);
  m._compile(source, file);
  return m.exports as T;
}
