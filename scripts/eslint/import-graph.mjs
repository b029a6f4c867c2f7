// The repository's import graph, read with the TypeScript parser, for the rules that need more
// than one file: no import cycles. Only relative imports of our own .ts/.tsx files are edges;
// type-only imports are not (they vanish at run time and cannot make modules load in a loop).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SKIP = new Set(['node_modules', 'out', 'dist', 'release', 'coverage', '.git', 'lint-fixtures']);
const EXTENSIONS = ['.ts', '.tsx', '.mts'];

function sourceFiles(dir, found = []) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) sourceFiles(full, found);
    else if (EXTENSIONS.some((ext) => name.endsWith(ext)) && !/\.d\.m?ts$/.test(name)) found.push(full);
  }
  return found;
}

/** The file a relative specifier names, or undefined for packages and non-source files. */
export function resolveImport(fromFile, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(fromFile), spec);
  const stem = base.replace(/\.(m?js|jsx)$/, '');
  const candidates = [
    base,
    ...EXTENSIONS.map((ext) => stem + ext),
    ...EXTENSIONS.map((ext) => path.join(base, `index${ext}`)),
  ];
  return candidates.find((file) => EXTENSIONS.some((ext) => file.endsWith(ext)) && existsSync(file));
}

function isTypeOnlyImport(node) {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/** The runtime import specifiers of one file's text (static imports, re-exports, import()). */
export function runtimeSpecifiers(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const specs = [];
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && !isTypeOnlyImport(node)) specs.push(node.moduleSpecifier.text);
    else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly)
      specs.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      specs.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs;
}

const graphs = new Map();

/** file → files it imports at run time, for every source file under `root` (read once per process). */
export function importGraph(root) {
  let graph = graphs.get(root);
  if (!graph) {
    graph = new Map();
    for (const file of sourceFiles(root)) {
      const targets = runtimeSpecifiers(file, readFileSync(file, 'utf8'))
        .map((spec) => resolveImport(file, spec))
        .filter((target) => target !== undefined);
      graph.set(file, [...new Set(targets)]);
    }
    graphs.set(root, graph);
  }
  return graph;
}

/**
 * A shortest import chain from one of `starts` back to `file` through `graph`, or undefined when
 * none exists: `file` → start → … → `file` is then a cycle.
 */
export function cycleThrough(file, starts, graph) {
  const parent = new Map();
  const queue = [];
  for (const start of starts) {
    if (start === file) return [file, file];
    if (!parent.has(start)) {
      parent.set(start, file);
      queue.push(start);
    }
  }
  while (queue.length > 0) {
    const current = queue.shift();
    for (const next of graph.get(current) ?? []) {
      if (next === file) {
        const chain = [current];
        while (chain[0] !== file) chain.unshift(parent.get(chain[0]));
        return [...chain, file];
      }
      if (!parent.has(next)) {
        parent.set(next, current);
        queue.push(next);
      }
    }
  }
  return undefined;
}
