import { expect, it } from 'vitest';
import { seededShuffle } from './shuffle.js';

const items = Array.from({ length: 30 }, (_, i) => i);

it('gives the same order for the same seed and a permutation of the input', () => {
  const a = seededShuffle(items, 'session-1:questions');
  expect(seededShuffle(items, 'session-1:questions')).toEqual(a);
  expect([...a].sort((x, y) => x - y)).toEqual(items);
  expect(a).not.toEqual(items);
});

it('gives different orders for different seeds', () => {
  expect(seededShuffle(items, 'session-1')).not.toEqual(seededShuffle(items, 'session-2'));
});
