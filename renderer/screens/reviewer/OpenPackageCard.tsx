import { useT } from '../../i18n/use-t';
import { useAppStore } from '../../store/app-store';
import { OpenPackageForm } from './OpenPackageForm';
import { useReviewerStore } from './reviewer-store';
import './reviewer.css';

/**
 * The welcome screen's way in for a reviewer or panel member: the first assignment or panel package
 * creates their workspace.
 */
export function OpenPackageCard() {
  const { t } = useT();
  const setWorkspace = useAppStore((state) => state.setWorkspace);
  const go = useAppStore((state) => state.go);
  const openApplication = useReviewerStore((state) => state.openApplication);
  return (
    <section className="card" aria-labelledby="open-package-card">
      <h2 id="open-package-card">{t('reviewer.open.cardTitle')}</h2>
      <p className="muted">{t('reviewer.open.cardHint')}</p>
      <p className="muted">{t('reviewer.open.cardPanelHint')}</p>
      <OpenPackageForm
        onOpened={(result) => {
          openApplication(null);
          setWorkspace(result.workspace);
          go('reviewer-inbox');
        }}
        onPanelOpened={(result) => {
          setWorkspace(result.workspace);
          go('reviewer-panel');
        }}
      />
    </section>
  );
}
