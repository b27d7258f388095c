/**
 * A loopback server standing in for the old blog's image hosts: every image
 * address of an import fixture is fetched from it (the test's fetch maps
 * the host to 127.0.0.1), so downloads, retries and failures are real HTTP.
 *   …/missing…     404 every time
 *   …/retry-once…  500 the first time, then the image
 *   …/flaky…       503 twice, then the image
 *   anything else  the image
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';

/** A small JPEG of its own for each path (the site's image pipeline would merge identical files). */
function jpegFor(path: string): Promise<Buffer> {
	let hash = 0;
	for (const char of path.split('?')[0] ?? '') hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
	return sharp({ create: { width: 24, height: 16, channels: 3, background: `#${(hash & 0xffffff).toString(16).padStart(6, '0')}` } })
		.jpeg()
		.toBuffer();
}

export interface ImageServer {
	/** Every path (with query) requested, in order. */
	requests: string[];
	/** A fetch that sends any address to this server, keeping its path and query. */
	fetch: typeof fetch;
	close: () => Promise<void>;
}

export async function startImageServer(): Promise<ImageServer> {
	const requests: string[] = [];
	const failures = new Map<string, number>();
	const server: Server = createServer(async (request, response) => {
		const url = request.url ?? '/';
		requests.push(url);
		const seen = (failures.get(url) ?? 0) + 1;
		failures.set(url, seen);
		if (url.includes('/missing')) return void response.writeHead(404).end('not found');
		if (url.includes('retry-once') && seen <= 1) return void response.writeHead(500).end('busy');
		if (url.includes('flaky') && seen <= 2) return void response.writeHead(503).end('busy');
		const jpeg = await jpegFor(url);
		response.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': jpeg.length });
		response.end(jpeg);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const fetchHere: typeof fetch = (input, init) => {
		const original = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
		return fetch(`http://127.0.0.1:${port}${original.pathname}${original.search}`, init);
	};
	return { requests, fetch: fetchHere, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
