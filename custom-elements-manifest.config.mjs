export default {
  globs: ['src/components/**/*.ts', 'src/internal/pc-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
