/**
 * The chart colours, each a token of the theme (styles.css :root). SVG presentation attributes
 * cannot hold var(), so the values are read once, when the (lazily loaded) charts module first
 * runs, long after the stylesheet has applied.
 */
const CHART_TOKENS = {
  primary: '--color-primary',
  /** The key option and the bins at or above the pass score: white labels on it stay readable. */
  pass: '--color-success',
  fail: '--color-signal-idle',
  passLine: '--color-danger',
  unanswered: '--color-signal-empty',
  grid: '--color-border',
  text: '--color-muted',
  /** A letter drawn on the key's bar, and on the other options' bars. */
  onPass: '--color-on-solid',
  onDistractor: '--color-text',
} as const;

/** The options that are not the key, alternating so neighbours stay apart. */
const DISTRACTOR_TOKENS = ['--color-signal-idle', '--color-signal-idle-soft'] as const;

const rootStyle = getComputedStyle(document.documentElement);
const token = (name: string) => rootStyle.getPropertyValue(name).trim();

/** `{ primary: '#1d4ed8', …, distractors: [two colours] }`: CSS colour strings for SVG attributes. */
export const CHART_COLORS = {
  ...(Object.fromEntries(Object.entries(CHART_TOKENS).map(([role, name]) => [role, token(name)])) as Record<keyof typeof CHART_TOKENS, string>),
  distractors: DISTRACTOR_TOKENS.map(token),
};
