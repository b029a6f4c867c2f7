// Enforces the layers of docs/architecture.md: which top-level folder may import what, and where
// SQL and the `electron` module may appear. Paths are resolved against the importing file, so
// `../../db/x` is caught wherever it is written.
import path from 'node:path';
import { builtinModules } from 'node:module';
import { cycleThrough, importGraph, resolveImport, runtimeSpecifiers } from './import-graph.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** npm packages each pure layer may use; anything else is refused there. */
const sharedPackages = ['zod'];
const rendererPackages = [
  'react',
  'react-dom',
  'zustand',
  'i18next',
  'react-i18next',
  '@tanstack/react-table',
  '@tanstack/react-virtual',
  'pdfjs-dist',
  'echarts',
];
const allowedLayers = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  db: ['db', 'shared'],
  electron: ['electron', 'db', 'shared'],
};

function layerOf(file) {
  const rel = path.relative(root, file).split(path.sep);
  return rel.length > 1 ? rel[0] : undefined;
}

function packageName(spec) {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isTestFile(file) {
  return /\.test\.tsx?$/.test(file) || file.endsWith('test-setup.ts');
}

/** Test support: tests and the test/, e2e/ and bench/ folders. Production code never imports it. */
function isTestSupport(file) {
  const rel = path.relative(root, file).split(path.sep);
  return isTestFile(file) || ['test', 'e2e', 'bench'].includes(rel[0]);
}

/** A helper written for tests but kept beside production code (a `testing/` folder, `test-*.ts`). */
function looksLikeStrayTestSupport(file) {
  const rel = path.relative(root, file).split(path.sep);
  const name = rel[rel.length - 1] ?? '';
  return !isTestSupport(file) && (rel.slice(0, -1).includes('testing') || /(^|-)test(-|\.)/.test(name));
}

const inFolder = (file, folder) => path.relative(root, file).startsWith(`${folder}${path.sep}`);

const importRule = {
  meta: {
    type: 'problem',
    messages: {
      layer: '{{from}}/ may not import {{target}} (layers: docs/architecture.md).',
      electronModule:
        "Only electron/desktop/ may import 'electron'; keep Node-only code runnable without it.",
      coreHandlers:
        'electron/core/ may not import electron/handlers/: handlers are wired in the composition root (electron/app.ts).',
      testSupport: 'Production code may not import test support ({{target}}).',
      strayTestSupport: 'Test support lives under test/support/<area>/, not beside production code.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from || !(from in allowedLayers)) return {};
    const test = isTestFile(file);
    const production = !isTestSupport(file);
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        const resolved = path.resolve(path.dirname(file), spec);
        const targetFile = resolveImport(file, spec) ?? resolved;
        if (!test && inFolder(file, 'electron/core') && inFolder(targetFile, 'electron/handlers')) {
          context.report({ node, messageId: 'coreHandlers' });
        }
        if (production && isTestSupport(targetFile)) {
          context.report({
            node,
            messageId: 'testSupport',
            data: { target: path.relative(root, targetFile) },
          });
        }
        const target = layerOf(resolved);
        if (target && target in allowedLayers && !allowedLayers[from].includes(target)) {
          context.report({ node, messageId: 'layer', data: { from, target: `${target}/` } });
        }
        return;
      }
      if (spec === 'electron' || spec.startsWith('electron/')) {
        const inDesktop = path.relative(root, file).startsWith(`electron${path.sep}desktop${path.sep}`);
        if (!inDesktop) context.report({ node, messageId: 'electronModule' });
        return;
      }
      // Tests may read fixtures from disk and use test libraries; production code may not.
      if (test) return;
      const name = packageName(spec);
      if (from === 'shared' && (nodeBuiltins.has(spec) || !sharedPackages.includes(name))) {
        context.report({ node, messageId: 'layer', data: { from, target: `'${spec}'` } });
      }
      if (from === 'renderer' && (nodeBuiltins.has(spec) || !rendererPackages.includes(name))) {
        context.report({ node, messageId: 'layer', data: { from, target: `'${spec}'` } });
      }
      if (name === 'better-sqlite3' && from !== 'db') {
        context.report({ node, messageId: 'layer', data: { from, target: "'better-sqlite3'" } });
      }
    }
    return {
      Program: (node) => {
        if (looksLikeStrayTestSupport(file)) context.report({ node, messageId: 'strayTestSupport' });
      },
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

// Upper-case SQL statements as written in this codebase; prose such as "Create a workspace" is not SQL.
const sqlPattern =
  /^\s*(SELECT\s|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+(TABLE|INDEX|UNIQUE|VIRTUAL|TRIGGER|VIEW)\s|DROP\s|ALTER\s+TABLE\s|PRAGMA\s|WITH\s+\w+\s+AS\s|VACUUM\b)/;

const sqlRule = {
  meta: {
    type: 'problem',
    messages: { sql: 'SQL lives only in db/ (layers: docs/architecture.md).' },
    schema: [],
  },
  create(context) {
    // Test and bench helpers that build or inspect workspaces directly keep their SQL in a db/ folder too.
    const sqlFolders = ['db', 'test/support/db', 'bench/support/db'];
    if (sqlFolders.some((folder) => inFolder(context.filename, folder))) return {};
    const report = (node, text) => {
      if (sqlPattern.test(text)) context.report({ node, messageId: 'sql' });
    };
    return {
      Literal: (node) => typeof node.value === 'string' && report(node, node.value),
      TemplateLiteral: (node) => report(node, node.quasis.map((q) => q.value.cooked ?? '').join('?')),
    };
  },
};

const cycleRule = {
  meta: {
    type: 'problem',
    messages: { cycle: 'Import cycle: {{chain}}. Pass what is needed in from the composition root.' },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    if (!layerOf(file)) return {};
    return {
      Program(node) {
        // This file's edges come from the text being linted; the rest of the graph from disk.
        const starts = runtimeSpecifiers(file, context.sourceCode.text)
          .map((spec) => resolveImport(file, spec))
          .filter((target) => target !== undefined);
        const chain = cycleThrough(file, starts, importGraph(root));
        if (chain) {
          const names = chain.map((step) => path.relative(root, step).split(path.sep).join('/'));
          context.report({ node, messageId: 'cycle', data: { chain: names.join(' → ') } });
        }
      },
    };
  },
};

export default { rules: { imports: importRule, 'sql-only-in-db': sqlRule, 'no-import-cycles': cycleRule } };
