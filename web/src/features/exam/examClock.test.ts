import { describe, expect, it } from 'vitest';
import { announcedMinuteMark, ExamClock, formatRemaining, timeWarningFor } from './examClock';

describe('ExamClock', () => {
  it('counts down from the server time left with the monotonic clock only', () => {
    let now = 1_000;
    const clock = new ExamClock(() => now);
    expect(clock.remainingMs()).toBeNull();

    clock.sync(60_000);
    now += 15_000;
    expect(clock.remainingMs()).toBe(45_000);
    now += 60_000;
    expect(clock.remainingMs()).toBe(0);
  });

  it('takes every server answer as the new truth (an extension, or a resync after sleep)', () => {
    let now = 0;
    const clock = new ExamClock(() => now);
    clock.sync(10_000);
    now += 4_000;
    clock.sync(300_000);
    expect(clock.remainingMs()).toBe(300_000);
    now += 1_000;
    expect(clock.remainingMs()).toBe(299_000);
    clock.sync(null);
    expect(clock.remainingMs()).toBeNull();
  });

  it('stands still while HC has the exam paused, and runs again from the next sync', () => {
    let now = 0;
    const clock = new ExamClock(() => now);
    clock.sync(90_000, true);
    now += 50_000;
    expect(clock.remainingMs()).toBe(90_000);
    clock.sync(90_000);
    now += 1_000;
    expect(clock.remainingMs()).toBe(89_000);
  });
});

describe('timeWarningFor', () => {
  const MINUTE = 60_000;

  it('never warns at the start, whatever the length of the exam', () => {
    for (const minutes of [1, 2, 5, 10, 30, 120]) expect(timeWarningFor(minutes * MINUTE, minutes * MINUTE)).toBeNull();
  });

  it('on a 2-minute exam warns only from the last minute', () => {
    expect(timeWarningFor(2 * MINUTE, 60_001)).toBeNull();
    expect(timeWarningFor(2 * MINUTE, MINUTE)).toEqual({ level: 'final', thresholdMs: MINUTE });
    expect(timeWarningFor(2 * MINUTE, 0)).toEqual({ level: 'final', thresholdMs: MINUTE });
  });

  it('on a 1-minute exam warns from half the time', () => {
    expect(timeWarningFor(MINUTE, 30_001)).toBeNull();
    expect(timeWarningFor(MINUTE, 30_000)).toEqual({ level: 'final', thresholdMs: 30_000 });
  });

  it('warns at a tenth of the duration (whole minutes), then at the last minute', () => {
    expect(timeWarningFor(30 * MINUTE, 3 * MINUTE + 1)).toBeNull();
    expect(timeWarningFor(30 * MINUTE, 3 * MINUTE)).toEqual({ level: 'low', thresholdMs: 3 * MINUTE });
    expect(timeWarningFor(30 * MINUTE, MINUTE + 1)).toEqual({ level: 'low', thresholdMs: 3 * MINUTE });
    expect(timeWarningFor(30 * MINUTE, MINUTE)).toEqual({ level: 'final', thresholdMs: MINUTE });
    expect(timeWarningFor(45 * MINUTE, 4 * MINUTE)).toEqual({ level: 'low', thresholdMs: 4 * MINUTE });
    expect(timeWarningFor(120 * MINUTE, 12 * MINUTE)).toEqual({ level: 'low', thresholdMs: 12 * MINUTE });
  });

  it('has no earlier warning when a tenth is not longer than the last minute', () => {
    expect(timeWarningFor(15 * MINUTE, 90_000)).toBeNull();
    expect(timeWarningFor(15 * MINUTE, MINUTE)).toEqual({ level: 'final', thresholdMs: MINUTE });
  });

  it('says nothing for a session that is not running or a duration it does not know', () => {
    expect(timeWarningFor(30 * MINUTE, null)).toBeNull();
    expect(timeWarningFor(0, 0)).toBeNull();
  });
});

describe('formatRemaining', () => {
  it('shows minutes and seconds, hours when needed, rounding seconds up', () => {
    expect(formatRemaining(30 * 60_000)).toBe('30:00');
    expect(formatRemaining(65_500)).toBe('01:06');
    expect(formatRemaining(400)).toBe('00:01');
    expect(formatRemaining(0)).toBe('00:00');
    expect(formatRemaining(-5)).toBe('00:00');
    expect(formatRemaining(3_900_000)).toBe('1:05:00');
  });
});

describe('announcedMinuteMark', () => {
  it('moves in steps of ten minutes, then to 5 in the last five, so a screen reader hears a handful of marks', () => {
    const minutes = (m: number, s = 0) => m * 60_000 + s * 1000;
    expect(announcedMinuteMark(minutes(30))).toBe(30);
    expect(announcedMinuteMark(minutes(29, 59))).toBe(30);
    expect(announcedMinuteMark(minutes(20, 1))).toBe(30);
    expect(announcedMinuteMark(minutes(20))).toBe(20);
    expect(announcedMinuteMark(minutes(10))).toBe(10);
    expect(announcedMinuteMark(minutes(5, 1))).toBe(10);
    expect(announcedMinuteMark(minutes(5))).toBe(5);
    expect(announcedMinuteMark(minutes(0, 10))).toBe(5);
    expect(announcedMinuteMark(0)).toBe(5);
    expect(announcedMinuteMark(minutes(95))).toBe(100);
  });

  it('a 30-minute exam reads out four marks, whatever the second', () => {
    const marks = new Set<number>();
    for (let ms = 30 * 60_000; ms >= 0; ms -= 1000) marks.add(announcedMinuteMark(ms));
    expect([...marks]).toEqual([30, 20, 10, 5]);
  });
});
