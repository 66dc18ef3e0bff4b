import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** How both rules begin their report (eslint.config.js), so no other rule's report is counted. */
const REPORT = 'Visible text must come from t()';
const FIXTURE = 'web/src/i18n/literal-strings.fixture.tsx';
const root = decodeURIComponent(new URL('../../..', import.meta.url).pathname);

/** Runs the project's ESLint config on `patterns` (relative to the repository root). */
function lint(patterns: string[], options: ESLint.Options = {}): Promise<ESLint.LintResult[]> {
  return new ESLint({ cwd: root, ...options }).lintFiles(patterns);
}

/** The sorted unique 1-based lines the i18n rules reported in one result. */
function reportedLines(result: ESLint.LintResult): number[] {
  const lines = result.messages.filter((message) => message.message.startsWith(REPORT)).map((message) => message.line);
  return [...new Set(lines)].sort((a, b) => a - b);
}

/**
 * The guard that no visible web text bypasses i18n: eslint.config.js runs
 * i18next/no-literal-string on web/src/**\/*.tsx (JSX text, literals rendered in JSX, and the
 * props people read or screen readers speak: aria-label, title, placeholder, alt, label, hint …)
 * and, for text given as data outside JSX (columns, options), no-restricted-syntax on properties
 * such as `header` and `label`. `npm run lint` holds the whole web app to zero reports; this
 * tests the guard itself, on a fixture.
 */
describe('visible strings go through i18n', () => {
  it('the lint rules report hard-coded text, labels, aria-labels and option labels, and let code and punctuation pass', async () => {
    // ignore: false, because the project's lint skips the fixture on purpose.
    const [result] = await lint([FIXTURE], { ignore: false });
    const bypassing = (result?.source ?? '')
      .split('\n')
      .flatMap((line, index) => (line.includes('Bypass') && !line.trimStart().startsWith('//') ? [index + 1] : []));
    expect(bypassing.length).toBeGreaterThanOrEqual(9);
    expect(reportedLines(result!)).toEqual(bypassing);
    // Typed linting builds the web app's TypeScript program first: seconds of CPU, more on a busy CI machine.
  }, 120_000);
});
