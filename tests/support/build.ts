/** Runs the real `astro build` in a child process, as `npm run build` does. */
import { spawn } from 'node:child_process';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

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
function cleanEnvironment(): Record<string, string | undefined> {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^(VITEST|VITE_|__VITEST)/.test(key) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key)) delete env[key];
	}
	return env;
}

export function astroBuild(env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
			cwd: PROJECT_ROOT,
			env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}
