import { describe, expect, it } from 'vitest';
import { AppError, isAppError } from './errors';
import { translate } from './i18n/translate';

describe('AppError', () => {
  it('carries a catalog key and its parameters, which translate in either language', () => {
    const error = new AppError('errors.portInUse', { port: 8080 });
    expect(isAppError(error)).toBe(true);
    expect(error.code).toBe('errors.portInUse');
    expect(translate('en', error.code, error.params)).toContain('8080');
    expect(translate('zh-CN', error.code, error.params)).toContain('8080');
  });

  it('refuses, at compile time, a code that is not a key of the English catalog', () => {
    // @ts-expect-error 'errors.noSuchMessage' is not in shared/i18n/locales/en.
    const unknown = new AppError('errors.noSuchMessage');
    expect(unknown.code).toBe('errors.noSuchMessage');
  });
});
