import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from './i18n';
import { refusalText, translateOr, useT, type Translate } from './use-t';

beforeEach(async () => {
  await setLanguage('en');
});

function Translated({ read }: { read: (t: Translate) => string }) {
  const { t } = useT();
  return <p>{read(t)}</p>;
}

describe('useT', () => {
  it('translates a catalog key, picks the plural from count, and follows the language switch', async () => {
    const { rerender } = render(<Translated read={(t) => t('ui.dismiss')} />);
    expect(screen.getByText('Dismiss')).toBeInTheDocument();
    rerender(<Translated read={(t) => t('office.rubric.problemCount', { count: 1 })} />);
    expect(screen.getByText('Fix 1 problem before saving:')).toBeInTheDocument();
    rerender(<Translated read={(t) => t('office.rubric.problemCount', { count: 2 })} />);
    expect(screen.getByText('Fix 2 problems before saving:')).toBeInTheDocument();
    await setLanguage('zh-CN');
    rerender(<Translated read={(t) => t('ui.dismiss')} />);
    expect(screen.getByRole('paragraph').textContent).not.toBe('Dismiss');
  });

  it('accepts only keys of the English catalog (checked by tsc)', () => {
    render(
      <Translated
        read={(t) =>
          // @ts-expect-error a key the catalog lacks must not compile
          t('ui.noSuchKey')
        }
      />,
    );
    expect(screen.getByText('ui.noSuchKey')).toBeInTheDocument();
  });

  it('falls back for keys built from data, and shows a refusal by its code or else its message', () => {
    render(
      <Translated
        read={(t) =>
          [
            translateOr(t, 'assignment.languages.xx', 'xx'),
            refusalText(t, { code: 'errors.notACode', message: 'raw message' }),
            refusalText(t, { code: 'ui.dismiss', message: 'unused' }),
          ].join('|')
        }
      />,
    );
    expect(screen.getByText('xx|raw message|Dismiss')).toBeInTheDocument();
  });
});
