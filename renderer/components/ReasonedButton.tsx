import type { ReactNode } from 'react';

/**
 * A button that says why it cannot be pressed: `blocked` is that reason, shown on hover, or null
 * when the action may run; `busy` disables it while an action is under way.
 */
export function ReasonedButton({
  blocked,
  busy,
  primary = false,
  type = 'button',
  onClick,
  children,
}: {
  blocked: string | null;
  busy: boolean;
  primary?: boolean;
  type?: 'button' | 'submit';
  onClick?: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type={type}
      className={primary ? 'primary' : undefined}
      disabled={blocked !== null || busy}
      title={blocked ?? undefined}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
