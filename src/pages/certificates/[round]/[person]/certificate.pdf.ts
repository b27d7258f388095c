import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../../data/catalog.ts';
import { certificateFacts, certificateLines, certificateUi, signedBy } from '../../../../data/certificates.ts';
import { certificatePdf } from '../../../../lib/certificate/certificate-pdf.ts';
import { datedPageKey } from '../../../../data/build-keys.ts';

export const getStaticPaths = (async () => {
	const { certificates, build } = await getCatalog();
	// The certificate is dated the day it was built.
	const cacheKey = await datedPageKey(build);
	return certificates.map((certificate) => ({ params: { round: certificate.round.id, person: certificate.person.id }, props: { certificate }, cacheKey }));
}) satisfies GetStaticPaths;

/** The certificate as a one-page PDF with its fonts embedded, made when the site is built. */
export const GET: APIRoute = async ({ props, site }) => {
	const catalog = await getCatalog();
	const { certificate } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
	const { t } = certificateUi(catalog);
	const facts = certificateFacts(catalog, certificate, site ?? new URL(catalog.program.site));
	const bytes = await certificatePdf({
		program: catalog.program.name,
		heading: t('certificate.heading'),
		person: facts.person,
		lines: certificateLines(catalog, facts),
		signedBy: signedBy(catalog, facts),
		verifyUrl: facts.verifyUrl,
		title: t('certificate.pdfTitle', { person: facts.person, roundTitle: facts.roundTitle }),
		lang: catalog.siteLang,
		date: catalog.build,
	});
	return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/pdf' } });
};
