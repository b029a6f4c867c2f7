import { useT } from '../../../i18n/use-t';
import { passphraseCsv, type PassphraseHeaders } from '../../../../shared/assignment/passphrase-list';
import type { IssuedPackage } from '../../../../shared/contract/packages';
import { ReportTable } from '../../../components/table/ReportTable';

/**
 * The passphrases of the packages just issued, shown once: the officer downloads the list (CSV,
 * UTF-8 with BOM for Excel) or copies it, then dismisses it. Nothing keeps them afterwards.
 */
export function PassphraseList({
  callCode,
  packages,
  savedAt,
  onDismiss,
}: {
  callCode: string;
  /** Assignment or panel packages: both carry these fields. */
  packages: readonly Pick<
    IssuedPackage,
    'reviewerId' | 'name' | 'email' | 'fileName' | 'version' | 'passphrase'
  >[];
  savedAt: string | null;
  onDismiss: () => void;
}) {
  const { t } = useT();
  const download = () => {
    const header = (key: keyof PassphraseHeaders) => t(`assignment.packages.csv.${key}`);
    const text = passphraseCsv(
      packages.map((p) => ({
        name: p.name,
        email: p.email,
        call: callCode,
        file: p.fileName,
        version: p.version,
        passphrase: p.passphrase,
      })),
      {
        name: header('name'),
        email: header('email'),
        call: header('call'),
        file: header('file'),
        version: header('version'),
        passphrase: header('passphrase'),
      },
    );
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `passphrases-${callCode}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section className="card passphrase-card" aria-labelledby="passphrases-title">
      <h2 id="passphrases-title">{t('assignment.packages.passphrasesTitle')}</h2>
      <p className="notice notice-warn">{t('assignment.packages.passphrasesHint')}</p>
      {savedAt && <p className="muted">{t('assignment.packages.listSaved', { path: savedAt })}</p>}
      <div className="toolbar">
        <button type="button" className="primary" onClick={download}>
          {t('assignment.packages.download')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('assignment.packages.dismiss')}
        </button>
      </div>
      <ReportTable
        rows={packages}
        rowKey={(p) => p.reviewerId}
        columns={[
          { heading: t('assignment.packages.reviewer'), cell: (p) => p.name },
          { heading: t('assignment.packages.email'), cell: (p) => p.email },
          { heading: t('assignment.packages.file'), cell: (p) => p.fileName, className: 'mono' },
          { heading: t('assignment.packages.passphrase'), cell: (p) => p.passphrase, className: 'mono' },
        ]}
      />
    </section>
  );
}
