/**
 * Serves a built site from disk on 127.0.0.1, as a static host would:
 * `/x/` serves `x/index.html`, unknown paths get `404.html` with status 404.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.pdf': 'application/pdf',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
};

export interface StaticSite {
	url: string;
	close: () => Promise<void>;
}

function resolveFile(root: string, urlPath: string): string | undefined {
	const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	const candidate = path.join(root, path.normalize(decoded));
	if (!candidate.startsWith(root)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = path.join(candidate, 'index.html');
	return existsSync(index) ? index : undefined;
}

/** Serves `root` (a dist/ folder) under `base` ("/" or "/program/"). */
export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
	const server: Server = createServer((request, response) => {
		const urlPath = request.url ?? '/';
		const inside = urlPath.startsWith(base) ? `/${urlPath.slice(base.length)}` : undefined;
		const file = inside === undefined ? undefined : resolveFile(root, inside);
		if (file) {
			response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
			createReadStream(file).pipe(response);
			return;
		}
		const notFound = path.join(root, '404.html');
		response.writeHead(404, { 'Content-Type': TYPES['.html'] });
		if (existsSync(notFound)) createReadStream(notFound).pipe(response);
		else response.end('Not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		// A browser keeps connections open between pages: closing waits for none of them.
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
