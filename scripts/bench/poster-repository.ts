/**
 * A repository that keeps the synthetic program's poster PDFs, for the huge
 * benchmark (a decade of posters does not fit in git): the files served over
 * https on this machine, with a certificate made for the run, which the
 * builds trust through NODE_EXTRA_CA_CERTS.
 */
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generate } from 'selfsigned';

export interface PosterRepository {
	/** The https address of each PDF, in the order given. */
	urls: string[];
	/** A file holding the run's certificate, for NODE_EXTRA_CA_CERTS. */
	certificateFile: string;
	close: () => Promise<void>;
}

export async function servePosterRepository(pdfs: readonly string[], scratch: string): Promise<PosterRepository> {
	const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
		keySize: 2048,
		extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] }],
	});
	const certificateFile = path.join(scratch, 'repository-ca.pem');
	writeFileSync(certificateFile, pems.cert);
	const server = createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
		const index = Number(/^\/records\/(\d+)\/poster\.pdf$/.exec(request.url ?? '')?.[1] ?? Number.NaN);
		const file = pdfs[index];
		if (!file) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(statSync(file).size), etag: `"${index}"` });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		urls: pdfs.map((_, index) => `https://localhost:${port}/records/${index}/poster.pdf`),
		certificateFile,
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
