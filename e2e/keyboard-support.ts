import { expect, type Page } from '@playwright/test';

// Driving a page with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows) and checking where
// the focus is after each step: on something a worker can see, in an order that follows the page.

/** What has the keyboard focus, as the page knows it. */
export interface FocusInfo {
  /** data-testid of the focused element ('' when it has none). */
  testId: string;
  tag: string;
  /** Its accessible text, trimmed (label text for a radio, else its own text). */
  text: string;
  /** Nothing focused: the focus fell back to the page body. */
  onBody: boolean;
  /** Inside an open modal <dialog>, and that dialog's data-testid. */
  dialog: string | null;
  /** A heading (h1–h6) focused by the app, e.g. after a page change. */
  heading: boolean;
  /** Position on screen (px, viewport coordinates). */
  top: number;
  bottom: number;
  /** Top edge in page coordinates (px), comparable across scrolling. */
  pageTop: number;
  /** The drawn focus indicator: the element's own, or its option label's for a radio. */
  indicator: { outline: string; boxShadow: string };
  /** The element matches :focus-visible (the browser would draw a keyboard focus ring). */
  focusVisible: boolean;
}

// In-page code is a string: the e2e programs are type-checked without the DOM library.
const READ_FOCUS = `(() => {
  const target = document.activeElement ?? document.body;
  // A radio's ring is drawn on its option label (exam.css: .option:focus-within).
  const drawn = target.type === 'radio' ? (target.closest('label') ?? target) : target;
  const style = getComputedStyle(drawn);
  const box = target.getBoundingClientRect();
  const dialog = target.closest('dialog[open]');
  return {
    testId: target.getAttribute('data-testid') ?? '',
    tag: target.tagName.toLowerCase(),
    text: (target.closest('label')?.textContent ?? target.textContent ?? '').trim(),
    onBody: target === document.body || target === document.documentElement,
    dialog: dialog ? (dialog.getAttribute('data-testid') ?? '') : null,
    heading: /^H[1-6]$/.test(target.tagName),
    top: box.top,
    bottom: box.bottom,
    pageTop: box.top + window.scrollY,
    indicator: { outline: style.outlineStyle + ' ' + style.outlineWidth, boxShadow: style.boxShadow },
    focusVisible: target.matches(':focus-visible'),
  };
})()`;

/** Reads the focused element (one evaluate, nothing is focused or clicked). */
export function focused(page: Page): Promise<FocusInfo> {
  return page.evaluate<FocusInfo>(READ_FOCUS);
}

/** The focus ring of a keyboard stop is drawn: an outline or a box-shadow that is not 'none'. */
export function expectRingDrawn(info: FocusInfo): void {
  const { outline, boxShadow } = info.indicator;
  const hasOutline = !outline.startsWith('none') && !outline.endsWith(' 0px');
  expect(info.focusVisible, `${info.testId || info.tag} matches :focus-visible`).toBe(true);
  expect(hasOutline || boxShadow !== 'none', `${info.testId || info.text || info.tag} draws a focus ring (outline "${outline}", box-shadow "${boxShadow}")`).toBe(true);
}

export interface TabOptions {
  /** Shift+Tab instead of Tab. */
  back?: boolean;
  /** Give up after this many presses (default 60): more means the stop is unreachable or trapped. */
  max?: number;
  /** A further check at every stop, e.g. expectUnobscured. */
  atEachStop?: (page: Page) => Promise<void>;
}

/**
 * Presses Tab (or Shift+Tab) until `isTarget` holds for the focused element, checking at every
 * stop that focus is on a real element with a visible ring. Returns the stops passed, the target last.
 */
export async function tabTo(page: Page, isTarget: (info: FocusInfo) => boolean, options: TabOptions = {}): Promise<FocusInfo[]> {
  const stops: FocusInfo[] = [];
  for (let press = 0; press < (options.max ?? 60); press++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const info = await focused(page);
    expect(info.onBody, `Tab stop ${press + 1} fell back to the page body after ${stops.map((s) => s.testId || s.text).join(' → ')}`).toBe(false);
    expectRingDrawn(info);
    await options.atEachStop?.(page);
    stops.push(info);
    if (isTarget(info)) return stops;
  }
  throw new Error(`Not reached in ${options.max ?? 60} presses; stops: ${stops.map((s) => s.testId || s.text).join(' → ')}`);
}

/** tabTo the element with this data-testid. */
export function tabToTestId(page: Page, testId: string, options: TabOptions = {}): Promise<FocusInfo[]> {
  return tabTo(page, (info) => info.testId === testId, options);
}

/** Expects the focused element to have this data-testid (and, for keyboard stops, a drawn ring). */
export async function expectFocusOn(page: Page, testId: string): Promise<FocusInfo> {
  await expect.poll(async () => (await focused(page)).testId, { message: `focus on ${testId}` }).toBe(testId);
  const info = await focused(page);
  expectRingDrawn(info);
  return info;
}

// Where the exam page's bars end: the sticky top bar, and the sidebar when it is the phone's fixed
// bottom bar (null: absent, not pinned, or holding the focus itself).
const READ_BARS = `(() => {
  const edge = (selector, side, pinned) => {
    const bar = document.querySelector(selector);
    if (!bar || bar.contains(document.activeElement) || !pinned.includes(getComputedStyle(bar).position)) return null;
    return bar.getBoundingClientRect()[side];
  };
  return {
    topBarBottom: edge('.exam-topbar', 'bottom', ['sticky', 'fixed']),
    bottomBarTop: edge('.exam-sidebar', 'top', ['fixed']),
    viewport: window.innerHeight,
  };
})()`;

/**
 * Expects the focused element to be in the viewport and not under the exam page's sticky top bar
 * or the phone's fixed bottom bar, unless it is part of that bar.
 */
export async function expectUnobscured(page: Page): Promise<void> {
  const bars = await page.evaluate<{ topBarBottom: number | null; bottomBarTop: number | null; viewport: number }>(READ_BARS);
  const now = await focused(page);
  const name = now.testId || now.text || now.tag;
  expect(now.top, `${name} below the top of the screen`).toBeGreaterThanOrEqual(bars.topBarBottom ?? 0);
  expect(now.bottom, `${name} above the bottom bar`).toBeLessThanOrEqual(bars.bottomBarTop ?? bars.viewport);
}

/** Expects the app to have moved focus to a heading with this text (not left it on the body). */
export async function expectFocusOnHeading(page: Page, text: string | RegExp): Promise<void> {
  await expect
    .poll(async () => {
      const info = await focused(page);
      return info.heading ? info.text : `(not a heading: ${info.onBody ? 'body' : info.testId || info.tag})`;
    }, { message: `focus on the heading "${text}"` })
    .toMatch(text);
}
