/** /admin/config.yml: the editor's configuration, generated from the schemas at build time (see src/editor/). */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { getCatalog } from '../../data/catalog.ts';
import { editorConfig } from '../../editor/editor-config.ts';
import { editorTarget } from '../../editor/editor-target.ts';
import { contentDir } from '../../lib/content-dir.ts';

export const GET: APIRoute = async () => {
	const { program } = await getCatalog();
	const config = editorConfig(program, editorTarget(contentDir()));
	const text = `# Generated from the schemas in src/schemas/ by src/editor/editor-config.ts: do not edit.\n${stringify(config, { lineWidth: 0 })}`;
	return new Response(text, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
};
