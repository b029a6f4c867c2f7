import { describe, expect, it } from 'vitest';
import { exactQuorumChoice, quorumChoice } from './RuleFields';
import { fillTimes, scheduleEntries, type ScheduleDraftRow } from './schedule-draft';

const blank = (applicationId: string): ScheduleDraftRow => ({
  applicationId,
  position: '',
  date: '',
  time: '',
  minutes: '',
});

describe('defence schedule draft', () => {
  it('numbers the rows and gives back-to-back times across the hour', () => {
    const rows = fillTimes([blank('a'), blank('b'), blank('c')], {
      date: '2026-12-10',
      time: '09:40',
      minutes: 15,
    });
    expect(rows.map((r) => [r.position, r.time, r.minutes])).toEqual([
      ['1', '09:40', '15'],
      ['2', '09:55', '15'],
      ['3', '10:10', '15'],
    ]);
    const saved = scheduleEntries(rows);
    expect(saved.ok && saved.entries.map((e) => e.applicationId)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a half-filled row, minutes out of range and a repeated order number', () => {
    const [a, b] = fillTimes([blank('a'), blank('b')], { date: '2026-12-10', time: '09:00', minutes: 20 });
    if (!a || !b) throw new Error('two rows expected');
    expect(scheduleEntries([a, { ...b, date: '' }])).toEqual({ ok: false, problem: 'incomplete' });
    expect(scheduleEntries([a, { ...b, minutes: '601' }])).toEqual({ ok: false, problem: 'incomplete' });
    expect(scheduleEntries([a, { ...b, position: '1' }])).toEqual({ ok: false, problem: 'duplicate' });
  });

  it('reads a stored quorum as the offered one it is, and no other', () => {
    expect(quorumChoice(0.6667)).toBe('twoThirds');
    expect(exactQuorumChoice(0.6667)).toBe('twoThirds');
    expect(exactQuorumChoice(0.6)).toBeNull();
    expect(exactQuorumChoice(1)).toBe('all');
  });
});
