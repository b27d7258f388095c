/** The poster's citation as BibTeX (citation.bib) and CSL-JSON (citation.json), for reference managers. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { citablePoster } from '../../../data/poster-citation.ts';
import { toBibtex, toCslJson } from '../../../lib/citation.ts';
import { withPageKey } from '../../../data/build-keys.ts';

const FORMATS = {
	bib: { write: toBibtex, type: 'application/x-bibtex; charset=utf-8' },
	json: { write: toCslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;

export const getStaticPaths = (async () => {
	const { posters } = await getCatalog();
	return withPageKey(
		posters.flatMap((poster) =>
			(Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((format) => ({ params: { id: poster.id, format }, props: { poster, format } })),
		),
	);
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
	const { write, type } = FORMATS[props.format];
	return new Response(write(citablePoster(props.poster, await getCatalog(), site)), { headers: { 'Content-Type': type } });
};
