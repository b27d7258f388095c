/** Runs the real `astro build` in a child process, as `npm run build` does. */
import { spawn } from 'node:child_process';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
	code: number;
	/** stdout and stderr together, as a person sees them in the terminal. */
	output: string;
}

export function astroBuild(env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
			cwd: PROJECT_ROOT,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}
