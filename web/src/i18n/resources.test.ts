import { describe, expect, it } from 'vitest';
import en from './en.json';
import id from './id.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf key, with plural suffixes folded so "count_one"/"count_other" count as "count". */
function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    return typeof value === 'string' ? [path] : keysOf(value, `${path}.`);
  });
}

describe('translations', () => {
  it('Bahasa Indonesia and English have the same keys', () => {
    const idKeys = new Set(keysOf(id as Tree));
    const enKeys = new Set(keysOf(en as Tree));
    expect([...idKeys].filter((key) => !enKeys.has(key))).toEqual([]);
    expect([...enKeys].filter((key) => !idKeys.has(key))).toEqual([]);
  });

  it('every plural has an "other" form in both languages', () => {
    for (const tree of [id, en] as Tree[]) {
      const leaves = JSON.stringify(tree).match(/"[A-Za-z]+_one"/g) ?? [];
      for (const leaf of leaves) expect(JSON.stringify(tree)).toContain(leaf.replace('_one', '_other'));
    }
  });
});
