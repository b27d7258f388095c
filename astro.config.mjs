// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { cacheDirFor, readSiteLocation } from './src/lib/site-config.ts';

const content = contentDir();
const { site, base } = readSiteLocation(content);

export default defineConfig({
	site,
	base,
	cacheDir: cacheDirFor(content),
	trailingSlash: 'always',
	integrations: [contentCheck(), mdx(), sitemap(), searchIndex()],
	image: {
		// Serve responsive images: srcset and sizes on every <Image> by default.
		layout: 'constrained',
		responsiveStyles: true,
	},
	devToolbar: { enabled: false },
});
