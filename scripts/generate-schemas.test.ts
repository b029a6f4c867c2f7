import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSchema, SCHEMA_DIR, schemaDocuments } from './generate-schemas';

describe('docs/schemas', () => {
  it('holds exactly the generated schemas, none stale (run: npx tsx scripts/generate-schemas.ts)', () => {
    const committed = readdirSync(SCHEMA_DIR)
      .filter((file) => file.endsWith('.json'))
      .sort();
    expect(committed).toEqual(schemaDocuments.map((document) => document.file).sort());
    for (const document of schemaDocuments) {
      const file = path.join(SCHEMA_DIR, document.file);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8'), document.file).toBe(renderSchema(document));
    }
  });

  it('are draft 2020-12 schemas of closed objects', () => {
    for (const document of schemaDocuments) {
      const schema = JSON.parse(renderSchema(document)) as Record<string, unknown>;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('object');
      expect(schema.additionalProperties, document.file).toBe(false);
    }
  });
});
