/**
 * Posters kept outside the repository, as a build meets them: the PDF named
 * by its https address is downloaded (once), drawn into a preview, and linked
 * from the poster's page instead of being copied into the site; a missing one
 * stops the build with a line naming the file, the field and the address.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../support/build.ts';
import { writeContentTree } from '../support/content-tree.ts';
import { makePdf } from '../support/make-pdf.ts';
import { type PdfHost, startPdfHost } from '../support/pdf-host.ts';

let host: PdfHost;
let certificate = '';
const tree = writeContentTree({ 'posters/lima-accra/poster.pdf': null });
const out = path.join(tree.dir, '..', `${path.basename(tree.dir)}-dist`);
beforeAll(async () => {
	host = await startPdfHost(makePdf({ pages: [{ width: 1684, height: 2384, lines: ['Two Libraries, kept on Zenodo'] }] }), { https: true });
	certificate = path.join(tree.dir, '..', `${path.basename(tree.dir)}-ca.pem`);
	writeFileSync(certificate, host.certificate ?? '');
});
afterAll(async () => {
	await host.close();
	tree.cleanup();
});

function setPdf(value: string) {
	const file = path.join(tree.dir, 'posters/lima-accra/index.md');
	writeFileSync(file, readFileSync(file, 'utf8').replace(/^pdf: .*$/m, `pdf: ${value}`));
}

describe('a poster kept in a repository', () => {
	test('is downloaded, previewed and linked at its address, never copied into the site', async () => {
		const url = `${host.origin}/records/1/files/poster.pdf`;
		setPdf(url);
		const build = await astroBuild({ INTERLIBRARY_CONTENT: tree.dir, NODE_EXTRA_CA_CERTS: certificate }, ['--outDir', out]);
		expect(build.code, build.output.slice(-3000)).toBe(0);
		expect(build.output).toMatch(/Poster PDFs: 1 rendered/);
		const page = readFileSync(path.join(out, 'posters/lima-accra/index.html'), 'utf8');
		expect(page).toMatch(new RegExp(`<a class="download" href="${url.replace(/[.]/g, '\\.')}"`));
		expect(page).toMatch(/<img[^>]+srcset="[^"]+ 320w/);
		expect(page).toContain(`<meta name="citation_pdf_url" content="${url}">`);
		expect(existsSync(path.join(out, 'posters/lima-accra/poster.pdf'))).toBe(false);
		// The search index has the text inside the downloaded PDF.
		expect(page).toContain('Two Libraries, kept on Zenodo');
		const downloads = host.requests.filter((request) => request.path === '/records/1/files/poster.pdf').length;

		// A second build finds it in the cache: the repository is not asked again the same day.
		const again = await astroBuild({ INTERLIBRARY_CONTENT: tree.dir, NODE_EXTRA_CA_CERTS: certificate }, ['--outDir', out]);
		expect(again.code, again.output.slice(-3000)).toBe(0);
		expect(host.requests.filter((request) => request.path === '/records/1/files/poster.pdf')).toHaveLength(downloads);
	}, 240_000);

	test('that cannot be downloaded stops the build with one line naming the file, the field and the address', async () => {
		const url = `${host.origin}/records/2/files/gone.pdf`;
		setPdf(url);
		const build = await astroBuild({ INTERLIBRARY_CONTENT: tree.dir, NODE_EXTRA_CA_CERTS: certificate }, ['--outDir', out]);
		expect(build.code).not.toBe(0);
		expect(build.output).toContain('1 problem in the content:');
		expect(build.output).toMatch(
			new RegExp(
				`posters/lima-accra/index\\.md:\\d+: \`pdf\` names ${url.replace(/[.]/g, '\\.')}, which could not be downloaded \\(the server answered 404 Not Found\\)`,
			),
		);
		expect(build.output).not.toMatch(/^\s+at /m);
	}, 240_000);
});
