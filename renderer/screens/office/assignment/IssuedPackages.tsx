import type { IssuedPackage } from '../../../../shared/contract/packages';
import { PassphraseList } from './PassphraseList';

/** What issuing packages wrote (`message`), then their passphrases, shown once until dismissed. */
export function IssuedPackages({
  issued,
  message,
  onDismiss,
}: {
  issued: {
    callCode: string;
    packages: readonly Pick<
      IssuedPackage,
      'reviewerId' | 'name' | 'email' | 'fileName' | 'version' | 'passphrase'
    >[];
    passphraseListPath: string | null;
  };
  message: string;
  onDismiss: () => void;
}) {
  const { callCode, packages, passphraseListPath } = issued;
  return (
    <>
      <p className="notice notice-ok">{message}</p>
      {packages.length > 0 && (
        <PassphraseList
          callCode={callCode}
          packages={packages}
          savedAt={passphraseListPath}
          onDismiss={onDismiss}
        />
      )}
    </>
  );
}
