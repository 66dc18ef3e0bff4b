import js from '@eslint/js';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

/** Object properties whose string a person reads (columns, options, menu items), for the i18n check below. */
const VISIBLE_PROPERTY = '/^(header|label|title|placeholder|hint|description|message|emptyText|ariaLabel)$/';

export default tseslint.config(
  // The i18n fixture holds hard-coded text on purpose: literal-strings.test.ts lints it with ignore off.
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'data/', 'web/src/i18n/literal-strings.fixture.tsx'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['web/src/**'], languageOptions: { globals: { ...globals.browser } } },
  {
    // Every visible string in the web app goes through i18n (id.json + en.json): this fails on
    // JSX text, on string literals rendered inside JSX, and on the attributes and props a person
    // reads or a screen reader speaks. web/src/i18n/literal-strings.test.ts proves the rule fires.
    files: ['web/src/**/*.tsx'],
    ignores: ['web/src/**/*.test.tsx'],
    // Typed: a literal whose expected type is a string-literal union (a field name, a sort key) is code.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Checked: the props listed here; every other attribute (className, type, testId …) is code.
          'jsx-attributes': {
            include: [
              'aria-(label|description|placeholder|roledescription|valuetext)',
              'alt',
              'title',
              'placeholder',
              'label',
              '[a-z]+Label',
              'hint',
              'error',
              'description',
              'message',
              'summary',
              'text',
              'empty',
            ],
            exclude: ['.*'],
          },
          // Allowed without translation: digits, punctuation and symbols alone (·, —, %, /, …, ×).
          words: { exclude: [/^[\p{N}\p{P}\p{S}\s]+$/u] },
          message: 'Visible text must come from t(): add the key to web/src/i18n/id.json and en.json',
        },
      ],
    },
  },
  {
    // The same for text given as data outside JSX (table columns, select options, menu items), by
    // the name of the property a person reads.
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['web/src/**/*.test.{ts,tsx}', 'web/src/features/monitoring/testRows.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `Property[key.name=${VISIBLE_PROPERTY}] > Literal[value=/[A-Za-z]/], Property[key.name=${VISIBLE_PROPERTY}] > TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]/]`,
          message: 'Visible text must come from t(): add the key to web/src/i18n/id.json and en.json',
        },
      ],
    },
  },
);
