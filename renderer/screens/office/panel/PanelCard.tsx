import type { ReactNode } from 'react';

/** One part of a panel stage: a card named by its heading (`id` ties the two), with an optional hint. */
export function PanelCard({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: ReactNode;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <section className="card panel-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {hint && <p className="muted">{hint}</p>}
      {children}
    </section>
  );
}
