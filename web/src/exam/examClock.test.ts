import { describe, expect, it } from 'vitest';
import { ExamClock, formatRemaining, timeWarningFor } from './examClock';

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
  it('warns from five minutes and again from one minute', () => {
    expect(timeWarningFor(null)).toBeNull();
    expect(timeWarningFor(5 * 60_000 + 1)).toBeNull();
    expect(timeWarningFor(5 * 60_000)).toBe('five_minutes');
    expect(timeWarningFor(60_001)).toBe('five_minutes');
    expect(timeWarningFor(60_000)).toBe('one_minute');
    expect(timeWarningFor(0)).toBe('one_minute');
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
