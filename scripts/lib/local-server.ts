/**
 * For tools and tests that start a server on this machine (`astro dev`, the
 * editor) and wait for its pages: a port nobody uses, and polling a page
 * until it answers with what is expected.
 */
import { createServer } from 'node:net';

/** A TCP port free on 127.0.0.1 at the moment of asking. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export interface PageWait {
	/** Whether the page's body is what is waited for; any successful answer when left out. */
	ready?: (body: string) => boolean;
	timeoutMs: number;
	/** Between two requests. */
	intervalMs?: number;
}

/**
 * Requests `url` until it answers successfully with a body that `ready`
 * accepts, and gives that body and how long it took; throws after `timeoutMs`.
 */
export async function waitForPage(url: string, { ready = () => true, timeoutMs, intervalMs = 250 }: PageWait): Promise<{ body: string; ms: number }> {
	const started = performance.now();
	while (performance.now() - started < timeoutMs) {
		try {
			const response = await fetch(url);
			const body = await response.text();
			if (response.ok && ready(body)) return { body, ms: performance.now() - started };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
	throw new Error(`${url} did not answer as expected within ${Math.round(timeoutMs / 1000)} s`);
}
