/** Each poster's PDF and preview images, copied into the built site next to its page. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { posterPdfPath } from '../../../data/poster-files.ts';
import { posterFilesOnDisk } from '../../../data/poster-images.ts';

const TYPES: Record<string, string> = { '.pdf': 'application/pdf', '.webp': 'image/webp', '.jpg': 'image/jpeg' };

export const getStaticPaths = (async () => {
	const { posters } = await getCatalog();
	return posters.flatMap((poster) =>
		posterFilesOnDisk(poster, () => posterPdfPath(poster)).map((file) => ({
			params: { id: poster.id, file: file.name },
			props: { onDisk: file.path },
			// The poster's digest changes with its PDF, so its files are copied again only then (see build-keys.ts).
			cacheKey: `${poster.digest ?? ''}:${file.name}`,
		})),
	);
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
	new Response(await readFile(props.onDisk), { headers: { 'Content-Type': TYPES[path.extname(props.onDisk)] ?? 'application/octet-stream' } });
