import { useT } from '../i18n/use-t';
import './file-picker.css';

/**
 * A labelled file input whose button and "nothing chosen" words are the app's, in the app's
 * language: the browser words its native control in its own language ("Choose File" on a Chinese
 * screen). The input keeps `label` as its accessible name. `chosen` is what is picked, in words, or
 * null for nothing yet; left out, the caller says it elsewhere.
 */
export function FilePicker({
  label,
  accept,
  multiple = false,
  disabled = false,
  chosen,
  onChoose,
}: {
  label: string;
  accept?: string;
  multiple?: boolean;
  disabled?: boolean;
  chosen?: string | null;
  onChoose: (files: FileList | null) => void;
}) {
  const { t } = useT();
  return (
    <label className="file-picker">
      {label}
      <span className="file-picker-row">
        <span className="file-button">
          <span aria-hidden="true">{t(multiple ? 'ui.file.chooseMany' : 'ui.file.choose')}</span>
          <input
            type="file"
            aria-label={label}
            accept={accept}
            multiple={multiple}
            disabled={disabled}
            onChange={(event) => onChoose(event.target.files)}
          />
        </span>
        {chosen !== undefined && (
          <span className="muted small" aria-live="polite">
            {chosen ?? t('ui.file.none')}
          </span>
        )}
      </span>
    </label>
  );
}
