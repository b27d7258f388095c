// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { editorBundle } from './src/integrations/editor-bundle.ts';
import { keptOutput } from './src/integrations/kept-output.ts';
import { redirectPages } from './src/integrations/redirect-pages.ts';
import { SEARCH_INDEX_FOLDER, searchIndex } from './src/integrations/search-index.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { cacheDirFor, readSiteLocation } from './src/lib/site-config.ts';
import { untrustedHtml } from './src/markdown/untrusted-html.ts';

const content = contentDir();
const { site, base } = readSiteLocation(content);

export default defineConfig({
	site,
	base,
	cacheDir: cacheDirFor(content),
	trailingSlash: 'always',
	// Two pages at a time: each page's files are written while the next one renders. Writing
	// is most of a page's time on a slow disk; on the large benchmark program, a cold build's
	// page generation went from 39 to 42 s to 25 to 27 s (measured in the same sitting).
	build: { concurrency: 2 },
	// Markdown (.md) comes from participants' pull requests: its raw HTML is untrusted.
	// MDX, accepted only from coordinators, keeps its own pipeline (see SECURITY.md).
	markdown: { processor: satteri({ hastPlugins: [untrustedHtml] }) },
	integrations: [
		contentCheck(),
		// Unchanged pages stay in dist/ between builds (Astro would empty it and copy them back).
		keptOutput({ cleanedElsewhere: [SEARCH_INDEX_FOLDER] }),
		mdx({ extendMarkdownConfig: false }),
		// The editor at /admin/ is for participants signing in, not for search engines.
		sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/admin/') }),
		searchIndex(),
		redirectPages(),
		editorBundle(),
	],
	image: {
		// WebP at effort 2 encodes in half the time of the default (4) for files about 3 % larger:
		// poster previews are large, and a cold build of a big program makes hundreds of them.
		service: { entrypoint: 'astro/assets/services/sharp', config: { webp: { effort: 2 } } },
		// Serve responsive images: srcset and sizes on every <Image> by default.
		layout: 'constrained',
		responsiveStyles: true,
	},
	devToolbar: { enabled: false },
	// A page whose key (src/data/build-keys.ts) and code are unchanged is copied from the last
	// build instead of rendered again: most of a warm build of a large program.
	experimental: { incrementalBuild: true },
});
