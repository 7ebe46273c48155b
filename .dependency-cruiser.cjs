/**
 * Import boundaries (`npm run lint`, a step of `npm test`): `npx depcruise server web contract e2e bench`.
 * Existing violations still being paid off are listed in .dependency-cruiser-known-violations.json and reported
 * as warnings; anything new fails. When you fix one, run `npx depcruise-baseline server web contract e2e bench`
 * to shrink the list — never to grow it.
 */
const TESTS = '\\.(test|e2e|test-helpers)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-internals',
      comment:
        "A module reads and writes only its own tables and asks another module through that module's service: " +
        'from outside, only index.ts and *.service.ts of a module may be imported (never its tables, repo, queries, presenter or helpers).',
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/', pathNot: TESTS },
      to: {
        path: '^server/modules/([^/]+)/',
        pathNot: ['^server/modules/$1/', '^server/modules/[^/]+/(index|[^/]+\\.service)\\.ts$'],
      },
    },
    {
      name: 'workflow-internals',
      comment: 'A workflow (server/workflows/) spans modules through their services, like any other caller.',
      severity: 'error',
      from: { path: '^server/workflows/', pathNot: TESTS },
      to: { path: '^server/modules/', pathNot: '^server/modules/[^/]+/(index|[^/]+\\.service)\\.ts$' },
    },
    {
      name: 'module-cycle',
      comment:
        'Modules depend on each other in one direction; an operation that needs both belongs in server/workflows/.',
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/', pathNot: TESTS },
      to: { circular: true, path: '^server/modules/', pathNot: '^server/modules/$1/' },
    },
    {
      name: 'core-imports-module',
      comment: 'core/ is what every module uses; it imports no module, no workflow, no demo and not the app.',
      severity: 'error',
      from: { path: '^server/core/', pathNot: TESTS },
      to: { path: '^server/(modules|workflows|demo|app\\.ts|main\\.ts)' },
    },
    {
      name: 'web-imports-server',
      comment: 'The web app talks to the server over HTTP; shared shapes live in contract/.',
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^(server|bench|e2e)/' },
    },
    {
      name: 'contract-imports-app',
      comment: 'contract/ holds Zod schemas shared by server and web; it depends on neither.',
      severity: 'error',
      from: { path: '^contract/' },
      to: { path: '^(server|web|e2e|bench)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|data)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
