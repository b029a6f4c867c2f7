import { useId, type ReactNode } from 'react';

/**
 * A card of the progress dashboard: its heading, a hint, then its content. A card given `action`
 * keeps a heading row for it even while the action is not offered (`false`).
 */
export function DashboardSection({
  title,
  hint,
  action,
  children,
}: {
  title: string;
  hint: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  const heading = <h2 id={id}>{title}</h2>;
  return (
    <section className="card" aria-labelledby={id}>
      {action !== undefined ? (
        <div className="section-heading">
          {heading}
          {action}
        </div>
      ) : (
        heading
      )}
      <p className="muted small">{hint}</p>
      {children}
    </section>
  );
}
