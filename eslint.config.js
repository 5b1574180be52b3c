// Lint enforces the layers (../shared/guides/style.md): a wrong import fails `npm test`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BROWSER_DIALOGS = ['alert', 'confirm', 'prompt'];
const DIALOG_MESSAGE = 'Electron has no alert/confirm/prompt: use askConfirm/askText (renderer/chrome/AppDialogs.tsx).';
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'stream'];

function restrict(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', '.tsbuild/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      ['react', 'react-dom', 'react/*', 'electron', 'dexie', 'zustand', 'zustand/*', '@xyflow/*', ...nodeBuiltins, '**/main/**', '**/renderer/**'],
      'shared/ is pure: it runs in the renderer, main and the command line alike.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(['electron', ...nodeBuiltins, '**/main/**'], 'renderer/ talks to main only through window.orgcanvas.'),
      // Electron implements none of them (electron/electron#472): ask with chrome/AppDialogs.tsx.
      'no-restricted-globals': ['error', ...BROWSER_DIALOGS.map((name) => ({ name, message: DIALOG_MESSAGE }))],
      'no-restricted-properties': [
        'error',
        ...['window', 'globalThis', 'self'].flatMap((object) => BROWSER_DIALOGS.map((property) => ({ object, property, message: DIALOG_MESSAGE }))),
      ],
    },
  },
  {
    files: ['main/**/*.{ts,mjs}', 'scripts/**/*.mjs', 'tests/**/*.{ts,tsx}', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Tests build hostile and half-valid boards on purpose.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['main/**/*.ts'],
    rules: restrict(['react', 'react-dom', '**/renderer/**'], 'main/ never imports the renderer.'),
  },
  {
    // electron-builder loads its hooks with require(): CommonJS by necessity.
    files: ['build/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // IPC goes through the contract helpers only (main/electron/ipc.ts registers, the preload
    // invokes); main.ts merely hands Electron's ipcMain to them. See main/README.md.
    files: ['**/*.{ts,tsx,mjs,js}'],
    ignores: ['main/electron/ipc.ts', 'main/electron/main.ts', 'main/preload/**', 'tests/main/electron/**', 'tests/electron/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Identifier[name=/^ipc(Main|Renderer)$/]', message: 'Use the IPC contract helpers (main/electron/ipc.ts, main/preload/api.ts), not ipcMain/ipcRenderer.' },
      ],
    },
  },
);
