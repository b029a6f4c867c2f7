import { useId, type ReactNode } from 'react';

/**
 * A button that says why it cannot be pressed. `blocked` is that reason, or null when the action
 * may run; `busy` disables it while an action is under way. The reason is the button's accessible
 * description and its tooltip, and is shown beside it unless `reasonShown` is 'tooltip' (for rows
 * of a table, where a sentence per row would crowd the list; screen readers still hear it).
 */
export function ReasonedButton({
  blocked,
  busy,
  primary = false,
  type = 'button',
  reasonShown = 'inline',
  className,
  label,
  onClick,
  children,
}: {
  blocked: string | null;
  busy: boolean;
  primary?: boolean;
  type?: 'button' | 'submit';
  reasonShown?: 'inline' | 'tooltip';
  className?: string;
  /** The accessible name, where the visible content is a symbol (↑, ↓). */
  label?: string;
  onClick?: () => void;
  children: ReactNode;
}) {
  const reasonId = useId();
  const classes = [primary ? 'primary' : null, className ?? null].filter((name) => name !== null).join(' ');
  return (
    <>
      <button
        type={type}
        className={classes === '' ? undefined : classes}
        disabled={blocked !== null || busy}
        title={blocked ?? undefined}
        aria-label={label}
        aria-describedby={blocked === null ? undefined : reasonId}
        onClick={onClick}
      >
        {children}
      </button>
      {blocked !== null && (
        <span
          id={reasonId}
          className={reasonShown === 'inline' ? 'disabled-reason muted small' : 'visually-hidden'}
        >
          {blocked}
        </span>
      )}
    </>
  );
}
