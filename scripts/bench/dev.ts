/**
 * `astro dev` as a coordinator meets it: how long until the first page is
 * served, and how long from saving a post to its page showing the change,
 * for our site and for the bare Astro site in the same run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { freePort, waitForPage } from '../lib/local-server.ts';

export interface DevTimes {
	/** From starting `astro dev` to the home page answering with HTML. */
	firstPageMs: number;
	/** From appending a sentence to a post's file to that post's page showing it. */
	saveToPageMs: number;
}

function stop(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null) return resolve();
		child.once('exit', () => resolve());
		child.kill('SIGTERM');
		setTimeout(() => child.kill('SIGKILL'), 5000).unref();
	});
}

export interface DevTarget {
	/** The `astro` binary's script and the arguments before `dev` (e.g. `--root`). */
	astro: string;
	args: string[];
	cwd: string;
	env: NodeJS.ProcessEnv;
	/** The post to change, and the site path of its page. */
	postFile: string;
	postPath: string;
}

export async function measureDev({ astro, args, cwd, env, postFile, postPath }: DevTarget): Promise<DevTimes> {
	const port = await freePort();
	const started = performance.now();
	const child = spawn(process.execPath, [astro, 'dev', ...args, '--host', '127.0.0.1', '--port', String(port)], { cwd, env, stdio: 'ignore' });
	try {
		const base = `http://127.0.0.1:${port}`;
		await waitForPage(`${base}/`, { ready: (body) => body.includes('<html'), timeoutMs: 600_000, intervalMs: 100 });
		const firstPageMs = performance.now() - started;
		// The post's page once as it is, so the change is measured, not the first render of the page.
		await waitForPage(`${base}${postPath}`, { ready: (body) => body.includes('<html'), timeoutMs: 120_000, intervalMs: 100 });
		const marker = `Changed for the benchmark ${Date.now()}`;
		appendFileSync(postFile, `\n${marker}\n`);
		const { ms: saveToPageMs } = await waitForPage(`${base}${postPath}`, { ready: (body) => body.includes(marker), timeoutMs: 120_000, intervalMs: 100 });
		return { firstPageMs, saveToPageMs };
	} finally {
		await stop(child);
	}
}
