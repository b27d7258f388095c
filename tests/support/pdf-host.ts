/**
 * A repository that keeps poster PDFs, on 127.0.0.1, as the build meets real
 * ones: files with validators (ETag, Last-Modified), a slow one, a flaky one
 * (busy twice, then fine), a missing one, a moved one, and oversized ones with
 * and without a declared length. Served over https with a certificate made
 * for the test (the build trusts it through NODE_EXTRA_CA_CERTS), or over
 * http for in-process tests.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

export interface PdfHost {
	/** "https://localhost:PORT" or "http://127.0.0.1:PORT". */
	origin: string;
	/** The test certificate (PEM), for NODE_EXTRA_CA_CERTS; undefined over http. */
	certificate?: string;
	/** Requests by path, with their conditional headers. */
	requests: { path: string; ifNoneMatch?: string }[];
	close: () => Promise<void>;
}

export async function startPdfHost(pdf: Buffer, { https = false, slowMs = 3000, hugeBytes = 3 * 1024 * 1024 } = {}): Promise<PdfHost> {
	const requests: PdfHost['requests'] = [];
	let flaky = 0;
	const handler = (request: IncomingMessage, response: ServerResponse) => {
		const path = (request.url ?? '/').split('?')[0] ?? '/';
		const ifNoneMatch = request.headers['if-none-match'];
		requests.push({ path, ...(typeof ifNoneMatch === 'string' ? { ifNoneMatch } : {}) });
		const send = (body: Buffer, headers: Record<string, string> = {}) => {
			response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(body.length), ...headers });
			response.end(body);
		};
		switch (path) {
			case '/records/1/files/poster.pdf':
				if (ifNoneMatch === '"v1"') {
					response.writeHead(304).end();
					return;
				}
				return send(pdf, { etag: '"v1"', 'last-modified': 'Mon, 03 Nov 2025 10:00:00 GMT' });
			case '/slow.pdf':
				setTimeout(() => send(pdf), slowMs).unref();
				return;
			case '/flaky.pdf':
				if (++flaky <= 2) {
					response.writeHead(503, 'Service Unavailable').end();
					return;
				}
				return send(pdf);
			case '/moved.pdf':
				response.writeHead(301, { location: '/records/1/files/poster.pdf' }).end();
				return;
			case '/huge.pdf':
				response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(hugeBytes) });
				response.end(Buffer.alloc(hugeBytes));
				return;
			case '/huge-chunked.pdf': {
				response.writeHead(200, { 'content-type': 'application/pdf' });
				const chunk = Buffer.alloc(64 * 1024);
				let sent = 0;
				const push = () => {
					while (sent < hugeBytes) {
						sent += chunk.length;
						if (!response.write(chunk)) return void response.once('drain', push);
					}
					response.end();
				};
				push();
				return;
			}
			default:
				response.writeHead(404, 'Not Found').end();
		}
	};
	let server: Server;
	let certificate: string | undefined;
	if (https) {
		const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
			keySize: 2048,
			extensions: [
				{
					name: 'subjectAltName',
					altNames: [
						{ type: 2, value: 'localhost' },
						{ type: 7, ip: '127.0.0.1' },
					],
				},
			],
		});
		certificate = pems.cert;
		server = createHttpsServer({ key: pems.private, cert: pems.cert }, handler);
	} else {
		server = createHttpServer(handler);
	}
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: https ? `https://localhost:${port}` : `http://127.0.0.1:${port}`,
		...(certificate ? { certificate } : {}),
		requests,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
