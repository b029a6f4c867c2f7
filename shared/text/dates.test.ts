import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

describe('dates for screens', () => {
  const at = '2026-12-07T05:46:00.000Z';

  it('writes one localised, 24-hour form in the given zone', () => {
    expect(formatDateTime(at, 'zh-CN', 'Asia/Shanghai')).toBe('2026年12月7日 13:46');
    expect(formatDateTime(at, 'en', 'Asia/Shanghai')).toBe('Dec 7, 2026, 13:46');
    expect(formatDateTime('2026-12-07T16:05:00.000Z', 'en', 'UTC')).toBe('Dec 7, 2026, 16:05');
    expect(formatDate(at, 'zh-CN', 'America/New_York')).toBe('2026年12月7日');
    expect(formatDate('2026-12-07T02:00:00.000Z', 'zh-CN', 'America/New_York')).toBe('2026年12月6日');
  });

  it('leaves a missing moment empty', () => {
    expect(formatDateTime(null, 'en')).toBe('');
    expect(formatDate(null, 'zh-CN')).toBe('');
  });
});
