import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Next's flat configs already include the react, react-hooks, import and jsx-a11y plugins;
// jsx-a11y's strict set is turned on on top of Next's few defaults.
const a11yStrict = {
  rules: Object.fromEntries(
    Object.entries((await import('eslint-plugin-jsx-a11y')).default.flatConfigs.strict.rules),
  ),
};

const config = [
  {
    ignores: [
      '**/.next/**',
      '**/out/**',
      'public/assets/**',
      'node_modules/**',
      'test-results/**',
      'bench/results/**',
      'bench/.work/**',
      '**/next-env.d.ts',
      '*-building/**',
      '*-building-*/**',
      '*-previous/**',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  a11yStrict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
];

export default config;
