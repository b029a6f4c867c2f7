import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';

interface Props {
  /** Where the app writes its log, when it has one: shown so the user can send it. */
  logPath?: string;
  children: ReactNode;
}

/**
 * Catches a screen that throws while rendering and shows a translated message in its place, so the
 * rest of the app (navigation, language switch) keeps working. Give it a `key` per screen so that
 * moving to another screen starts afresh.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <ScreenFailed
        detail={this.state.error.message}
        logPath={this.props.logPath}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

function ScreenFailed({
  detail,
  logPath,
  onRetry,
}: {
  detail: string;
  logPath?: string;
  onRetry: () => void;
}) {
  const { t } = useT();
  return (
    <div className="notice notice-error screen-failed" role="alert">
      <div>
        <strong>{t('ui.screenFailed.title')}</strong>
        <p>{t('ui.screenFailed.hint')}</p>
        {logPath && <p>{t('ui.screenFailed.log', { path: logPath })}</p>}
        <details>
          <summary>{t('ui.screenFailed.details')}</summary>
          <code>{detail}</code>
        </details>
      </div>
      <button type="button" onClick={onRetry}>
        {t('ui.screenFailed.retry')}
      </button>
    </div>
  );
}
