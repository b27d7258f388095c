/** Each poster's PDF, copied into the built site next to its page. */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCatalog } from '../../../data/catalog';
import { posterPdfPath } from '../../../data/poster-files';

export const getStaticPaths = (async () => {
	const { posters } = await getCatalog();
	return posters.map((poster) => ({
		params: { id: poster.id, file: poster.data.pdfInfo.fileName },
		props: { pdfPath: posterPdfPath(poster) },
	}));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(await readFile(props.pdfPath), { headers: { 'Content-Type': 'application/pdf' } });
