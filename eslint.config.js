// The project's lint rules: typescript-eslint's type-checked recommendations for
// every TypeScript file and Astro component, plus eslint-plugin-astro's own.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: ['node_modules/', 'dist/', 'test-results/', '.astro/', 'public/', 'content/', 'examples/*/content/', 'tests/fixtures/'],
	},
	js.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	astro.configs.recommended,
	{
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.astro'], tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// `{ line: _line, ...rest }` drops a field on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
			// Relative imports name the file with its extension, one way everywhere: Node runs our scripts' TypeScript
			// directly and needs it, and Astro and Vite accept it.
			'no-restricted-syntax': [
				'error',
				...['ImportDeclaration', 'ImportExpression', 'ExportNamedDeclaration', 'ExportAllDeclaration'].map((node) => ({
					selector: `${node}[source.value=/^[.][.]?[/](?!.*[.][a-z]+$)/]`,
					message: 'Write the relative import with its file extension (./catalog.ts, ./Card.astro).',
				})),
			],
		},
	},
	{
		// In component templates the parser cannot see other components' props or JSX types, so every
		// `{list.map(item => <li/>)}` would read as "unsafe"; `astro check` type-checks these files fully.
		files: ['**/*.astro'],
		// astro-eslint-parser reads the tsconfig itself; it has no project service.
		languageOptions: { parserOptions: { projectService: false, project: true } },
		rules: {
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
		},
	},
	{
		// Scripts inside Astro components are virtual files without type information.
		files: ['**/*.astro/*.js', '**/*.astro/*.ts'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		// Tests read parsed feeds, sitemaps and JSON by shape and assert on it (vitest's asymmetric matchers are `any`);
		// test doubles are async without awaiting.
		files: ['tests/**'],
		rules: {
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/require-await': 'off',
			// Node's servers take async request handlers and ignore the promise; the tests' servers answer every request.
			'@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
		},
	},
	{
		// Must run on any Node.js at all, so it is plain JavaScript without types (see its header).
		files: ['scripts/require-node.mjs'],
		...tseslint.configs.disableTypeChecked,
		languageOptions: { globals: { URL: 'readonly', process: 'readonly', console: 'readonly' } },
	},
);
