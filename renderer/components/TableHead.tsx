import type { ReactNode } from 'react';

/**
 * A column heading: its text, or a label with `numeric` for a right-aligned column of figures and
 * `title` for a hover explanation of what the column measures.
 */
export type Heading = string | { label: ReactNode; numeric?: boolean; title?: string };

/**
 * The header row of a small table drawn in full (reports, short lists): a `th scope="col"` for each
 * heading. Long or sortable lists use VirtualTable instead.
 */
export function TableHead({ headings }: { headings: readonly Heading[] }) {
  return (
    <thead>
      <tr>
        {headings.map((heading, index) =>
          typeof heading === 'string' ? (
            <th key={index} scope="col">
              {heading}
            </th>
          ) : (
            <th key={index} scope="col" className={heading.numeric ? 'num' : undefined} title={heading.title}>
              {heading.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
