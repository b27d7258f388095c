/**
 * `astro dev` as a coordinator meets it: how long until the first page is
 * served, and how long from saving a post to its page showing the change,
 * for our site and for the bare Astro site in the same run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface DevTimes {
	/** From starting `astro dev` to the home page answering with HTML. */
	firstPageMs: number;
	/** From appending a sentence to a post's file to that post's page showing it. */
	saveToPageMs: number;
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** Polls `url` until its body passes `ready`, and returns the time it took; fails after `timeoutMs`. */
async function waitFor(url: string, ready: (body: string) => boolean, timeoutMs: number): Promise<number> {
	const started = performance.now();
	while (performance.now() - started < timeoutMs) {
		try {
			const response = await fetch(url);
			if (response.ok && ready(await response.text())) return performance.now() - started;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${url} did not become ready in ${Math.round(timeoutMs / 1000)} s`);
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
		await waitFor(`${base}/`, (body) => body.includes('<html'), 600_000);
		const firstPageMs = performance.now() - started;
		// The post's page once as it is, so the change is measured, not the first render of the page.
		await waitFor(`${base}${postPath}`, (body) => body.includes('<html'), 120_000);
		const marker = `Changed for the benchmark ${Date.now()}`;
		appendFileSync(postFile, `\n${marker}\n`);
		const saveToPageMs = await waitFor(`${base}${postPath}`, (body) => body.includes(marker), 120_000);
		return { firstPageMs, saveToPageMs };
	} finally {
		await stop(child);
	}
}
