import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS } from '../../../common/schemas/attempts.js';
import { ACTIVITY_KINDS as STORED_KINDS } from '../../db/schema.js';
import { deviceLabel } from '../delivery/activity-log.js';
import { browserSummary } from './browser-summary.js';

describe('browserSummary', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Chrome 131 · Windows'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86', 'Edge 131 · Windows'],
    ['Mozilla/5.0 (Linux; Android 14; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36', 'Samsung Internet 26 · Android'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 'Safari 17 · iOS'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox 133 · macOS'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36', 'Chrome 131 · Linux'],
    ['Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', 'Chrome 120 · ChromeOS'],
    ['curl/8.5.0', null],
    ['', null],
    [null, null],
  ])('%s -> %s', (userAgent, summary) => {
    expect(browserSummary(userAgent)).toBe(summary);
  });
});

describe('deviceLabel', () => {
  it('is 8 hex digits, the same for one login and different for another', () => {
    expect(deviceLabel('a'.repeat(64))).toMatch(/^[0-9a-f]{8}$/);
    expect(deviceLabel('a'.repeat(64))).toBe(deviceLabel('a'.repeat(64)));
    expect(deviceLabel('a'.repeat(64))).not.toBe(deviceLabel('b'.repeat(64)));
  });
});

it("names the same activity kinds as the table's CHECK constraint", () => {
  expect([...ACTIVITY_KINDS].sort()).toEqual([...STORED_KINDS].sort());
});
