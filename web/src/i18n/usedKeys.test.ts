import { describe, expect, it } from 'vitest';
import id from './id.json';

type Tree = { [key: string]: string | Tree };

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every .ts/.tsx file of web/src as text, by path, but tests and the lint fixture (hard-coded on purpose). */
const SOURCES: Record<string, string> = import.meta.glob(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../**/*.fixture.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every key of the catalog, plural forms folded ("count_one" -> "count"), and every group's start ("a.b."). */
function catalogKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key.replace(PLURAL, '')}`;
    return typeof value === 'string' ? [path] : [`${path}.`, ...catalogKeys(value, `${path}.`)];
  });
}

/**
 * The keys the code names: `t('a.b')`, `i18nKey="a.b"`, and for `t(\`a.${x}\`)` its fixed start
 * ("a.") when that start is a whole segment. Keys held in variables are not seen here.
 */
function usedKeys(source: string): string[] {
  const literal = [...source.matchAll(/\bt\(\s*(['"])([\w.-]+)\1|\bi18nKey=(['"])([\w.-]+)\3/g)].map((m) => m[2] ?? m[4]!);
  const prefixes = [...source.matchAll(/\bt\(\s*`([\w.-]+\.)\$\{/g)].map((m) => m[1]!);
  return [...literal, ...prefixes];
}

describe('the keys used in web/src', () => {
  it('every key named in code, and every fixed start of a built key, is in id.json', () => {
    const known = new Set(catalogKeys(id as Tree));
    const files = Object.entries(SOURCES);
    expect(files.length).toBeGreaterThan(50);
    const used = files.flatMap(([file, source]) => usedKeys(source).map((key) => ({ file, key })));
    expect(used.length).toBeGreaterThan(500);
    const missing = used.filter(({ key }) => !known.has(key)).map(({ file, key }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('reads keys the ways the code writes them', () => {
    expect(usedKeys(`t('a.b'); i18n.t("c.d", { n }); <Trans i18nKey="e.f" />; t(\`g.h.\${x}\`); t(key); t(\`\${x}.y\`)`)).toEqual(['a.b', 'c.d', 'e.f', 'g.h.']);
  });
});
