import { useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/use-t';

/** Every shortcut of the review screen, as the `?` key lists them. */
export const SHORTCUTS = [
  { keys: ['J'], action: 'next' },
  { keys: ['K'], action: 'previous' },
  { keys: ['1', '…', '9'], action: 'criterion' },
  { keys: ['↑', '↓'], action: 'level' },
  { keys: ['Ctrl', 'S'], action: 'save' },
  { keys: ['Ctrl', 'Enter'], action: 'submit' },
  { keys: ['?'], action: 'help' },
] as const;

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', ''); // engines without modal dialogs still show it
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className="recuse-dialog shortcut-help"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('reviewer.shortcuts.title')}</h2>
      <table className="table">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>
                {shortcut.keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </td>
              <td>{t(`reviewer.shortcuts.${shortcut.action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-hint">{t('reviewer.shortcuts.typingHint')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          {t('reviewer.shortcuts.close')}
        </button>
      </div>
    </dialog>
  );
}

/** True when a key press belongs to what is being typed, not to a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && target.type !== 'radio' && target.type !== 'checkbox';
}
