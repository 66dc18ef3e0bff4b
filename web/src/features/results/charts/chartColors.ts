/**
 * Chart fills. SVG presentation attributes cannot read CSS variables, so these repeat the theme's
 * colours (styles.css :root) as literals.
 */
export const CHART_COLORS = {
  primary: '#1d4ed8',
  pass: '#079455',
  fail: '#98a2b3',
  passLine: '#b42318',
  /** The options that are not the key, alternating so neighbours stay apart. */
  distractors: ['#98a2b3', '#d0d5dd'],
  unanswered: '#f2f4f7',
  grid: '#dde3ec',
  text: '#5b6678',
} as const;
