/**
 * Writes the JSON Schemas (draft 2020-12) of every bundle part into docs/schemas/, generated from the
 * zod schemas the app itself validates with, so another system can read and write bundles:
 *
 *   npx tsx scripts/generate-schemas.ts
 *
 * scripts/generate-schemas.test.ts fails when a committed schema is stale. docs/bundle-format.md
 * explains each part; rules a JSON Schema cannot express are listed there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { bundleManifestSchema } from '../shared/bundle/manifest';
import { assignmentPackageContentSchema } from '../shared/domain/assignment-package';
import { ballotBundleContentSchema, panelPackageContentSchema } from '../shared/domain/panel-bundles';
import { resultsBundleContentSchema } from '../shared/domain/results-bundle';
import { reviewContentSchema } from '../shared/domain/review';
import { reviewBundleContentSchema } from '../shared/domain/review-bundle';

export const SCHEMA_DIR = path.resolve(import.meta.dirname, '../docs/schemas');

interface SchemaDocument {
  file: string;
  title: string;
  description: string;
  schema: z.ZodType;
}

export const schemaDocuments: readonly SchemaDocument[] = [
  {
    file: 'manifest.schema.json',
    title: 'Peerdesk bundle manifest (manifest.json)',
    description: 'The signed manifest of every bundle kind; see docs/bundle-container.md.',
    schema: bundleManifestSchema,
  },
  {
    file: 'assignment-package-content.schema.json',
    title: 'Assignment package content (payload/content.json)',
    description:
      'Office → one reviewer: the call, its rubric, the applications to review and the enrolment secret.',
    schema: assignmentPackageContentSchema,
  },
  {
    file: 'review-bundle-content.schema.json',
    title: 'Review bundle content (payload/content.json)',
    description:
      'Reviewer → office: submitted reviews and recusals with revision and digest, and the enrolment proof.',
    schema: reviewBundleContentSchema,
  },
  {
    file: 'review-content.schema.json',
    title: 'Review content (what a review digest is made over)',
    description:
      'One review; its digest is the lower-case hex SHA-256 of the RFC 8785 canonical JSON of this object.',
    schema: reviewContentSchema,
  },
  {
    file: 'results-bundle-content.schema.json',
    title: 'Results bundle content (payload/content.json)',
    description: 'Office → archive: the ranking run, lottery draws, awards and decisions of one call.',
    schema: resultsBundleContentSchema,
  },
  {
    file: 'panel-package-content.schema.json',
    title: 'Panel package content (payload/content.json)',
    description:
      'Office → one panel member: the shortlisted applications, the anonymised mail-review digest, the rule and the enrolment secret; see docs/panel-bundles.md.',
    schema: panelPackageContentSchema,
  },
  {
    file: 'ballot-bundle-content.schema.json',
    title: 'Ballot bundle content (payload/content.json)',
    description:
      'Panel member → office: every ballot with revision and digest, and the enrolment proof; see docs/panel-bundles.md.',
    schema: ballotBundleContentSchema,
  },
];

/** The exact text committed for one schema document. */
export function renderSchema(document: SchemaDocument): string {
  const generated = z.toJSONSchema(document.schema, { target: 'draft-2020-12', unrepresentable: 'any' });
  const { $schema, ...rest } = generated;
  const schema = { $schema, title: document.title, description: document.description, ...rest };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function main(): void {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const document of schemaDocuments) {
    writeFileSync(path.join(SCHEMA_DIR, document.file), renderSchema(document));
    console.log(`wrote docs/schemas/${document.file}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
