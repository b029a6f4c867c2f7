import { useId, useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { useAction } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { OkNotice, type Message } from '../../../components/OkNotice';
import { ReasonedButton } from '../../../components/ReasonedButton';
import { download } from '../results/format';

/** The contract's limits on the sender. */
const NAME_MAX = 200;
const ADDRESS_MAX = 320;
const looksLikeAddress = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(text.trim());

/**
 * Writes one reminder e-mail per overdue reviewer in one step (.eml files in a ZIP, each in the
 * reviewer's language) for the officer to open and send from their own mail client.
 */
export function RemindersPanel({ callId, overdueReviewers }: { callId: string; overdueReviewers: number }) {
  const { t } = useT();
  const id = useId();
  const action = useAction();
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [notice, setNotice] = useState<Message[] | null>(null);
  const why =
    overdueReviewers === 0
      ? t('office.reminders.noneWhy')
      : looksLikeAddress(address)
        ? null
        : t('office.reminders.addressWhy');

  async function write() {
    setNotice(null);
    const file = await action.run('reminders.export', {
      callId,
      from: { name: name.trim(), address: address.trim() },
    });
    if (!file) return;
    download(file);
    setNotice([
      { key: 'office.reminders.written', params: { count: file.reviewers.length, file: file.fileName } },
    ]);
  }

  return (
    <div className="reminders-panel" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('office.reminders.title')}</h3>
      <p className="muted small">{t('office.reminders.hint')}</p>
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      <OkNotice messages={notice} onDismiss={() => setNotice(null)} />
      <div className="toolbar">
        <label className="inline">
          {t('office.reminders.fromName')}
          <input value={name} maxLength={NAME_MAX} onChange={(event) => setName(event.target.value)} />
        </label>
        <label className="inline">
          {t('office.reminders.fromAddress')}
          <input
            type="email"
            value={address}
            maxLength={ADDRESS_MAX}
            onChange={(event) => setAddress(event.target.value)}
          />
        </label>
        <ReasonedButton primary blocked={why} busy={action.busy} onClick={() => void write()}>
          {t('office.reminders.write')}
        </ReasonedButton>
      </div>
    </div>
  );
}
