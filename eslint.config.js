import tseslint from 'typescript-eslint';

// The deterministic core must run unchanged in Node and the browser and give the same hash in both:
// no engine, no DOM, no clock, no unseeded randomness, no transcendental maths whose last bits vary.
const core = [
  'src/state/**/*.ts',
  'src/sim/**/*.ts',
  'src/maps/**/*.ts',
  'src/speedrun/**/*.ts',
  'src/storage/**/*.ts',
  'src/settings/*.ts',
];
const banned = [
  'random',
  'sin',
  'cos',
  'tan',
  'atan',
  'atan2',
  'asin',
  'acos',
  'pow',
  'exp',
  'log',
  'hypot',
  'cbrt',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'maps/extension/*.js', 'bench-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: core,
    // the one file of src/settings that touches the browser is its storage adapter
    ignores: ['src/settings/browser.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ['phaser', 'howler', 'fs', 'path', 'crypto'], patterns: ['phaser/*', 'node:*'] },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'performance',
        'Date',
        'setTimeout',
        'setInterval',
        'requestAnimationFrame',
      ],
      'no-restricted-properties': ['error', ...banned.map((property) => ({ object: 'Math', property }))],
    },
  },
);
