/**
 * A Sätteri HAST plugin that makes participants' Markdown safe to publish:
 * raw HTML is removed, except attribute-free inline tags and allowed video
 * embeds (rebuilt from scratch, with only known attributes); links and
 * images keep only URLs that cannot run script. See SECURITY.md.
 */
import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { allowedEmbed, isHarmlessTag, isSafeUrl } from '../lib/embeds.ts';

const URL_PROPERTIES: Record<string, string> = { a: 'href', img: 'src', area: 'href', video: 'src', audio: 'src', source: 'src' };

function embedElement(src: string, title: string): Element {
	return {
		type: 'element',
		tagName: 'iframe',
		properties: {
			src,
			title,
			loading: 'lazy',
			allowFullScreen: true,
			referrerPolicy: 'strict-origin-when-cross-origin',
			allow: 'encrypted-media; picture-in-picture; fullscreen',
			sandbox: ['allow-scripts', 'allow-same-origin', 'allow-presentation', 'allow-popups'],
			className: ['video-embed'],
		},
		children: [],
	};
}

export const untrustedHtml: HastPluginDefinition = {
	name: 'interlibrary:untrusted-html',
	raw(node, ctx) {
		if (isHarmlessTag(node.value)) return;
		const embed = allowedEmbed(node.value);
		if (embed) ctx.replaceNode(node, embedElement(embed.src, embed.title));
		else ctx.removeNode(node);
	},
	element: {
		filter: Object.keys(URL_PROPERTIES),
		visit(node, ctx) {
			const property = URL_PROPERTIES[node.tagName];
			const value = property ? node.properties[property] : undefined;
			if (typeof value === 'string' && !isSafeUrl(value)) ctx.setProperty(node, property ?? 'href', undefined);
		},
	},
};
