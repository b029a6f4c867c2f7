import { describe, expect, it } from 'vitest';
import { encodeHeaderText, rfc5322Date } from './eml';

describe('RFC 2047 header text', () => {
  it('splits long Chinese text into encoded words of whole characters, each at most 75 characters', () => {
    const subject =
      '【评审提醒】GX-JQ-2026：广西壮族自治区杰出青年科学基金项目，您有 12 份评审已逾期，请尽快完成 😀';
    const folded = encodeHeaderText(subject);
    const words = folded.split('\r\n ');
    expect(words.length).toBeGreaterThan(2);
    const decoded = words.map((word) => {
      expect(word.length).toBeLessThanOrEqual(75);
      const match = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=$/u.exec(word);
      expect(match).not.toBeNull();
      const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(match![1]!, 'base64'));
      return text;
    });
    expect(decoded.join('')).toBe(subject);
  });

  it('leaves plain ASCII as it is and encodes ASCII that would read as an encoded word', () => {
    expect(encodeHeaderText('Reminder: 2 overdue reviews')).toBe('Reminder: 2 overdue reviews');
    expect(encodeHeaderText('=?x?=')).toMatch(/^=\?UTF-8\?B\?/u);
  });

  it('writes dates as RFC 5322 requires, in UTC', () => {
    expect(rfc5322Date(new Date('2026-03-01T08:05:09.000Z'))).toBe('Sun, 01 Mar 2026 08:05:09 +0000');
  });
});
