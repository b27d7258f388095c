/**
 * An older Node.js meets one plain sentence saying which Node is needed and
 * how to get it, before anything else runs: never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isRecentEnough } from '../../scripts/require-node.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string }; scripts: Record<string, string> };

/** The machine's own Node, when it is older than the project needs (as on Debian 12 or Ubuntu 24.04). */
function olderNode(): string | undefined {
	for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
		if (!existsSync(candidate)) continue;
		const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout.trim();
		if (version && !isRecentEnough(version, 22, 18, 0)) return candidate;
	}
	return undefined;
}

describe('the Node.js version guard', () => {
	test('compares versions as numbers, part by part', () => {
		expect(isRecentEnough('24.1.0', 22, 18, 0)).toBe(true);
		expect(isRecentEnough('v22.18.0', 22, 18, 0)).toBe(true);
		expect(isRecentEnough('22.9.0', 22, 18, 0)).toBe(false);
		expect(isRecentEnough('20.20.2', 22, 18, 0)).toBe(false);
		expect(isRecentEnough('18.19.1', 22, 18, 0)).toBe(false);
		expect(isRecentEnough('23.0.0', 22, 18, 0)).toBe(true);
	});

	test('runs in front of every npm script, and npm refuses to install on an older Node', () => {
		expect(packageJson.engines.node).toBe('>=22.18.0');
		for (const [name, script] of Object.entries(packageJson.scripts)) {
			expect(script, name).toMatch(/^node scripts\/require-node\.mjs && /);
		}
		expect(readFileSync(path.join(ROOT, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
	});

	test.runIf(olderNode())('on this machine’s older Node, `npm run check` says what to install instead of failing', () => {
		const node = olderNode() ?? '';
		// npm puts the Node that runs it first on the script's PATH: the script meets the old Node.
		const result = spawnSync('npm', ['run', '--silent', 'check'], {
			cwd: ROOT,
			encoding: 'utf8',
			env: { ...process.env, PATH: `${path.dirname(node)}:${process.env['PATH'] ?? ''}` },
		});
		expect(result.status).not.toBe(0);
		expect(result.stderr).toMatch(/^Interlibrary needs Node\.js 22\.18 or newer, and this computer runs Node\.js 2?\d\.\d+\.\d+\./);
		expect(result.stderr).toContain('Install Node.js 24 LTS from https://nodejs.org/');
		expect(result.stderr).not.toMatch(/^\s+at /m);
	});
});
