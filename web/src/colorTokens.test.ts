import { describe, expect, it } from 'vitest';

/**
 * The two Node file functions this test needs. The web's tsconfig has no Node types (its code runs
 * in browsers) and Vitest empties stylesheets imported with `?raw`, so the test reads the files itself.
 */
interface FileSystem {
  readFileSync(path: string, encoding: 'utf8'): string;
  readdirSync(path: string, options: { recursive: true }): string[];
}
const fs = (await import(/* @vite-ignore */ 'node:fs' as string)) as FileSystem;

const WEB_SRC = decodeURIComponent(new URL('.', import.meta.url).pathname);
/** A colour written out: #abc, #aabbcc(dd), rgb()/rgba()/hsl()/hsla(). */
const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(/i;

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** `path:line: text` of every colour written outside the palette (styles.css :root) and outside comments. */
function colourLiterals(file: string): string[] {
  // Comments may name a colour; blanking (not removing) them keeps the line numbers.
  let text = fs.readFileSync(WEB_SRC + file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, blank);
  if (file === 'styles.css') text = text.replace(/:root\s*{[^}]*}/, blank);
  return text.split('\n').flatMap((line, index) => (COLOUR.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : []));
}

describe('colour tokens', () => {
  it('every colour of the web app is a custom property of styles.css :root, used through var()', () => {
    const files = fs.readdirSync(WEB_SRC, { recursive: true }).filter((file) => /\.(css|tsx?)$/.test(file) && !/\.test\.tsx?$/.test(file));
    expect(files).toContain('styles.css');
    expect(files.flatMap(colourLiterals)).toEqual([]);
  });
});
