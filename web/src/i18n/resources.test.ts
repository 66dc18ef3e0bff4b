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

/** The `{{name}}`s (`{{name, format}}` too) of every key, plural forms of one key merged. */
function placeholdersByKey(tree: Tree, prefix = '', into = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value !== 'string') {
      placeholdersByKey(value, `${path}.`, into);
      continue;
    }
    const names = into.get(path) ?? new Set<string>();
    for (const [, name] of value.matchAll(/\{\{\s*([\w.]+)/g)) names.add(name!);
    into.set(path, names);
  }
  return into;
}

describe('translations', () => {
  it('Bahasa Indonesia and English have the same keys', () => {
    const idKeys = new Set(keysOf(id as Tree));
    const enKeys = new Set(keysOf(en as Tree));
    expect([...idKeys].filter((key) => !enKeys.has(key))).toEqual([]);
    expect([...enKeys].filter((key) => !idKeys.has(key))).toEqual([]);
  });

  it('each key has the same {{placeholders}} in both languages (plural forms of a key taken together)', () => {
    const idPlaceholders = placeholdersByKey(id as Tree);
    const enPlaceholders = placeholdersByKey(en as Tree);
    const differing = [...idPlaceholders]
      .filter(([key, names]) => enPlaceholders.has(key) && [...names].sort().join() !== [...enPlaceholders.get(key)!].sort().join())
      .map(([key, names]) => `${key}: id {{${[...names].join('}} {{')}}} / en {{${[...enPlaceholders.get(key)!].join('}} {{')}}}`);
    expect(differing).toEqual([]);
  });

  it('every plural has an "other" form in both languages', () => {
    for (const tree of [id, en] as Tree[]) {
      const leaves = JSON.stringify(tree).match(/"[A-Za-z]+_one"/g) ?? [];
      for (const leaf of leaves) expect(JSON.stringify(tree)).toContain(leaf.replace('_one', '_other'));
    }
  });
});
