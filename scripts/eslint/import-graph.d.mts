export function resolveImport(fromFile: string, spec: string): string | undefined;
export function runtimeSpecifiers(file: string, text: string): string[];
export function importGraph(root: string): Map<string, string[]>;
export function cycleThrough(
  file: string,
  starts: readonly string[],
  graph: Map<string, string[]>,
): string[] | undefined;
