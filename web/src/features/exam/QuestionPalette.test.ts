import { describe, expect, it } from 'vitest';
import { paletteKeyTarget } from './QuestionPalette';

describe('paletteKeyTarget', () => {
  it('moves one step with the arrows, to the ends with Home and End, and stops at the edges', () => {
    expect(paletteKeyTarget('ArrowRight', 3, 30)).toBe(4);
    expect(paletteKeyTarget('ArrowDown', 3, 30)).toBe(4);
    expect(paletteKeyTarget('ArrowLeft', 3, 30)).toBe(2);
    expect(paletteKeyTarget('ArrowUp', 3, 30)).toBe(2);
    expect(paletteKeyTarget('Home', 17, 30)).toBe(0);
    expect(paletteKeyTarget('End', 2, 30)).toBe(29);
    expect(paletteKeyTarget('ArrowRight', 29, 30)).toBe(29);
    expect(paletteKeyTarget('ArrowLeft', 0, 30)).toBe(0);
  });

  it('leaves every other key alone (Enter and Space press the button, Tab leaves the palette)', () => {
    for (const key of ['Enter', ' ', 'Tab', 'a']) expect(paletteKeyTarget(key, 3, 30)).toBeNull();
  });
});
