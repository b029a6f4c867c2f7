import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../store/app-store';
import { OpenPackageForm, openedMessageKey, type OpenedPackage } from './OpenPackageForm';
import { useReviewerStore } from './reviewer-store';
import './reviewer.css';

/** Inside a reviewer workspace: open a newer package (merges in) or one for another call. */
export function OpenPackage() {
  const { t } = useT();
  const go = useAppStore((state) => state.go);
  const openApplication = useReviewerStore((state) => state.openApplication);
  const [opened, setOpened] = useState<OpenedPackage | null>(null);
  const message = opened ? openedMessageKey(opened) : null;
  return (
    <section className="screen reviewer-open">
      <h1>{t('reviewer.open.title')}</h1>
      <p className="muted">{t('reviewer.open.hint')}</p>
      {message && (
        <div
          className={opened?.outcome === 'unchanged' ? 'notice notice-warn' : 'notice notice-ok'}
          role="status"
        >
          <span>{t(message.key, message.params)}</span>
          <button
            type="button"
            className="link"
            onClick={() => {
              openApplication(null);
              go('reviewer-inbox');
            }}
          >
            {t('reviewer.open.goInbox')}
          </button>
        </div>
      )}
      <div className="card">
        <OpenPackageForm onOpened={setOpened} />
      </div>
    </section>
  );
}
