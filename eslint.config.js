import js from '@eslint/js';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

/**
 * Object properties whose string a person reads (columns, options, menu items, a dialog's button),
 * for the i18n check below: any `…Label` or `…Title` (busyLabel, headerTitle), `empty…` but a test id, `text`.
 */
const VISIBLE_PROPERTY = '/^(header|\\w*[lL]abel|\\w*[tT]itle|placeholder|hint|description|message|empty(?!TestId$)\\w*|text)$/';
/**
 * Text with a letter in it, as a literal or a template literal's part. Digits and symbols alone
 * pass, and so does a CSS custom property's name ('--color-muted': a chart's `text` colour).
 */
const WORDS = ['Literal[value=/^(?!--)[\\s\\S]*[A-Za-z]/]', 'TemplateLiteral > TemplateElement[value.raw=/[A-Za-z]/]'];
/** Where such text is the property's value: itself, or either branch of `a ? b : c`, `a ?? b`, `a || b`. */
const VISIBLE_VALUE = WORDS.flatMap((words) => [words, `ConditionalExpression > ${words}`, `LogicalExpression > ${words}`]);
/** The same names as JSX props, and the attributes people read or screen readers speak. */
const VISIBLE_ATTRIBUTE = VISIBLE_PROPERTY.replace('^(', '^(aria-(label|description|placeholder|roledescription|valuetext)|alt|summary|error|');
/** Template literals with words where i18next/no-literal-string does not look: JSX text and the props above. */
const JSX_TEMPLATE_WORDS = ['', 'ConditionalExpression > ', 'LogicalExpression > '].flatMap((branch) => [
  `JSXAttribute[name.name=${VISIBLE_ATTRIBUTE}] > JSXExpressionContainer > ${branch}${WORDS[1]}`,
  `JSXElement > JSXExpressionContainer > ${branch}${WORDS[1]}`,
]);

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
              'header',
              '[a-z]+Title',
              'hint',
              'error',
              'description',
              'message',
              'summary',
              'text',
              'empty',
              'empty(?!TestId$)[A-Za-z]+',
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
          selector: [...VISIBLE_VALUE.map((value) => `Property[key.name=${VISIBLE_PROPERTY}] > ${value}`), ...JSX_TEMPLATE_WORDS].join(', '),
          message: 'Visible text must come from t(): add the key to web/src/i18n/id.json and en.json',
        },
      ],
    },
  },
);
