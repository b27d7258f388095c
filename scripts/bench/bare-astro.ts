/**
 * The baseline: the same Markdown posts built by a minimal Astro site with
 * no features (a glob loader, one page per post, a plain index), in its own
 * folder that borrows this project's node_modules.
 */
import { cpSync, globSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeBareAstroSite(dir: string, postsDir: string, projectRoot: string): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
	symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	for (const file of globSync('**/*.md', { cwd: postsDir })) {
		mkdirSync(path.dirname(path.join(dir, 'posts', file)), { recursive: true });
		cpSync(path.join(postsDir, file), path.join(dir, 'posts', file));
	}
	writeFileSync(path.join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
	// Its own cache folder: node_modules is borrowed (a link), and must not be where its cache is cleared.
	writeFileSync(path.join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './cache' });\n");
	writeFileSync(
		path.join(dir, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
	posts: defineCollection({ loader: glob({ base: './posts', pattern: '**/*.md' }), schema: z.looseObject({ title: z.string() }) }),
};
`,
	);
	writeFileSync(
		path.join(dir, 'src/pages/index.astro'),
		`---
import { getCollection } from 'astro:content';
const posts = await getCollection('posts');
---
<html lang="en"><head><meta charset="utf-8"><title>Posts</title></head><body><ul>{posts.map((post) => <li><a href={\`/\${post.id}/\`}>{post.data.title}</a></li>)}</ul></body></html>
`,
	);
	writeFileSync(
		path.join(dir, 'src/pages/[...id].astro'),
		`---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
	return (await getCollection('posts')).map((post) => ({ params: { id: post.id }, props: { post } }));
}
const { post } = Astro.props;
const { Content } = await render(post);
---
<html lang="en"><head><meta charset="utf-8"><title>{post.data.title}</title></head><body><h1>{post.data.title}</h1><Content /></body></html>
`,
	);
}
