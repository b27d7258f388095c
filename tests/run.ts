/**
 * `npm test`: the product's own tests, on the sample program and the tests'
 * fixtures, never on `content/` (a program's content must not turn the
 * product's tests red; `npm run verify` checks a program's own site).
 * Runs Prettier, the type check, ESLint with type information, then vitest, as one command on any system.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { SAMPLE_CONTENT } from '../src/lib/content-dir.ts';

const root = path.resolve(import.meta.dirname, '..');
const env = { ...process.env, INTERLIBRARY_CONTENT: path.join(root, SAMPLE_CONTENT) };
const bin = (name: string) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

const steps = [
	[bin('prettier'), '--check', '--log-level', 'warn', '.'],
	// ESLint's type information needs the content types that `astro check` generates (.astro/types.d.ts) first.
	[bin('astro'), 'check'],
	[bin('eslint'), '.'],
	[bin('vitest'), 'run', ...process.argv.slice(2)],
] as const;

for (const [command, ...args] of steps) {
	const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit', shell: process.platform === 'win32' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}
