import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import type { Language } from '../../../../shared/i18n/catalogs';
import { useAction } from '../../../api/use-channel';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { currentLanguage } from '../../../i18n/i18n';
import { download } from '../results/format';

/** Saves one reviewer's letter of thanks and feedback (their own figures only) in the chosen language. */
export function LetterButton({ reviewerId }: { reviewerId: string }) {
  const { t } = useT();
  const action = useAction();
  const [language, setLanguage] = useState<Language>(currentLanguage());
  return (
    <div className="toolbar record-letter">
      <label>
        {t('quality.letter.buttonLanguage')}
        <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          <option value="zh-CN" lang="zh-CN">
            中文
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </label>
      <button
        type="button"
        disabled={action.busy}
        onClick={() =>
          void action
            .run('reviewerRecord.letter', { reviewerId, language })
            .then((file) => file && download(file))
        }
      >
        {t('quality.letter.button')}
      </button>
      <ErrorNotice error={action.error} />
    </div>
  );
}
