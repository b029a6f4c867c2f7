import { useState } from 'react';
import type { PanelSectionProps } from './panel-props';
import { useT } from '../../../i18n/use-t';
import { useAction } from '../../../api/use-channel';
import { LabelledSelect } from '../../../components/FormField';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { download } from '../results/format';
import { PanelCard } from './PanelCard';

type LetterLanguage = 'applicant' | 'zh-CN' | 'en';
const LETTER_LANGUAGES: LetterLanguage[] = ['applicant', 'zh-CN', 'en'];

interface Written {
  file: string;
  /** The files inside a ZIP; empty for a single file. */
  contents: string[];
}

/** The minutes (会议纪要) PDF and the feedback letters (评审意见反馈), saved as files. */
export function PanelFiles({ view, results }: PanelSectionProps) {
  const { t } = useT();
  const action = useAction();
  const [language, setLanguage] = useState<LetterLanguage>('applicant');
  const [written, setWritten] = useState<Written | null>(null);
  const code = results.call.code;

  const minutes = async () => {
    const file = await action.run('panel.minutes', { callId: view.callId });
    if (!file) return;
    const named = { ...file, fileName: `minutes-${code}.pdf` };
    download(named);
    setWritten({ file: named.fileName, contents: [] });
  };
  const feedback = async () => {
    const answer = await action.run('panel.feedback', {
      callId: view.callId,
      language: language === 'applicant' ? null : language,
      // Dozens of letters as one download: browsers hold back a page's second and later downloads.
      packaging: 'zip',
    });
    if (!answer) return;
    const zip = answer.files[0];
    if (!zip) return;
    download(zip);
    setWritten({ file: zip.fileName, contents: answer.contents });
  };

  const kinds = [
    {
      id: 'panel-minutes-title',
      title: t('panel.ui.files.minutes'),
      hint: t('panel.ui.files.minutesHint'),
      options: null,
      write: minutes,
      button: t('panel.ui.files.writeMinutes'),
    },
    {
      id: 'panel-feedback-title',
      title: t('panel.ui.files.feedback'),
      hint: t('panel.ui.files.feedbackHint'),
      options: (
        <LabelledSelect
          className="panel-inline"
          label={t('panel.ui.files.language')}
          value={language}
          choices={LETTER_LANGUAGES.map((option) => ({
            value: option,
            label: t(`panel.ui.files.languages.${option}`),
          }))}
          onChange={setLanguage}
        />
      ),
      write: feedback,
      button: t('panel.ui.files.writeFeedback'),
    },
  ];

  return (
    <div className="panel-files">
      <ErrorNotice error={action.error} onDismiss={() => action.setError(null)} />
      {written && <WrittenNotice written={written} />}
      {kinds.map((kind) => (
        <PanelCard key={kind.id} id={kind.id} title={kind.title} hint={kind.hint}>
          <div className="toolbar">
            {kind.options}
            <button
              type="button"
              className="primary"
              disabled={action.busy}
              title={action.busy ? t('panel.ui.files.busy') : undefined}
              onClick={() => void kind.write()}
            >
              {kind.button}
            </button>
          </div>
        </PanelCard>
      ))}
    </div>
  );
}

/** Where the last file went and, for a ZIP, the files inside it. */
function WrittenNotice({ written }: { written: Written }) {
  const { t } = useT();
  const inside = written.contents;
  return (
    <div className="notice notice-ok" role="status">
      <div>
        <p>
          {inside.length === 0
            ? t('panel.ui.savedDownload', { file: written.file })
            : t('panel.ui.files.feedbackSaved', { file: written.file, count: inside.length })}
        </p>
        {inside.length > 0 && (
          <details>
            <summary>{t('panel.ui.files.contents', { file: written.file })}</summary>
            <ul className="panel-file-list">
              {inside.map((name) => (
                <li key={name} className="mono">
                  {name}
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </div>
  );
}
