/** Runs the real `astro build` in a child process, as `npm run build` does. */
import { spawn } from 'node:child_process';
import path from 'node:path';

import { SAMPLE_CONTENT } from '../../src/lib/content-dir.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The sample program, which the product's tests build and check: never `content/`,
 * which belongs to whichever program uses the product.
 */
export const SAMPLE = path.join(PROJECT_ROOT, SAMPLE_CONTENT);

/** Where the tests' build of the sample goes: apart from `dist/`, a program's own build. */
export const SAMPLE_DIST = path.join(PROJECT_ROOT, 'test-results/sample-site');

/**
 * The day the tests build the sample as of: what is upcoming and open depends
 * on it, so the tests pin it rather than depend on the day they run. The
 * sample's upcoming items are counted from it (`build+9`), so any day works.
 */
export const SAMPLE_BUILD_DATE = '2026-11-20T09:00:00Z';

export interface BuildResult {
	code: number;
	/** stdout and stderr together, as a person sees them in the terminal. */
	output: string;
}

/**
 * The environment a person's terminal would give the build: without the
 * variables vitest sets for itself (BASE_URL, MODE, NODE_ENV=test…), which
 * Vite inside the build would otherwise take as its own.
 */
export function cleanEnvironment(): Record<string, string | undefined> {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^(VITEST|VITE_|__VITEST)/.test(key) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key)) delete env[key];
	}
	return env;
}

/** The environment of an `astro` command in the tests: the sample as of its build date, plain output, unless `env` says otherwise. */
export function astroEnvironment(env: Record<string, string> = {}): Record<string, string | undefined> {
	return {
		...cleanEnvironment(),
		ASTRO_TELEMETRY_DISABLED: '1',
		FORCE_COLOR: '0',
		NO_COLOR: '1',
		INTERLIBRARY_CONTENT: SAMPLE,
		INTERLIBRARY_BUILD_DATE: SAMPLE_BUILD_DATE,
		...env,
	};
}

/** Astro's command line, run as `npm run build` and `npm run dev` run it. */
export const ASTRO_CLI = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

/** `astro build` of the content folder `env.INTERLIBRARY_CONTENT` (the sample when unset). */
export function astroBuild(env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [ASTRO_CLI, 'build', ...args], { cwd: PROJECT_ROOT, env: astroEnvironment(env) });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}
