import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { SAMPLE_CONTENT } from './src/lib/content-dir.ts';

/** The product's tests read the sample program (or their own fixtures), never a program's content/. */
const env = { INTERLIBRARY_CONTENT: path.resolve(import.meta.dirname, SAMPLE_CONTENT) };

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					env,
					// Some unit tests start processes (render workers, the command line): room for a busy machine.
					testTimeout: 30_000,
				},
			},
			{
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					env,
					// Builds the sample site once and serves it on 127.0.0.1 for every site test.
					globalSetup: ['tests/site/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
