/**
 * Small zod fragments shared by the collection schemas. Each one normalises
 * what people type and explains, in plain words, what it expects.
 */
import { z } from 'astro/zod';
import { countryCodeForName, countryName, currentCountryCode, isCountryCode } from '../lib/countries.ts';
import { canonicalLanguageTag } from '../lib/language.ts';
import { spdxLicense, suggestSpdxLicense } from '../lib/licenses.ts';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day written `YYYY-MM-DD`. Strings are checked to be real days
 * (2024-02-30 is refused), since a YAML parser may silently roll them over.
 */
export const calendarDate = z
	.union([z.date(), z.string().trim()], { error: 'must be a date written as YYYY-MM-DD, like 2024-03-14' })
	.transform((value, ctx) => {
		if (value instanceof Date) {
			if (Number.isNaN(value.getTime())) ctx.addIssue({ code: 'custom', message: 'is not a valid date' });
			return value;
		}
		const match = ISO_DAY.exec(value);
		const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
		if (!date || date.toISOString().slice(0, 10) !== value) {
			ctx.addIssue({
				code: 'custom',
				message: `"${value}" is not a real date; write it as YYYY-MM-DD, like 2024-03-14`,
			});
			return z.NEVER;
		}
		return date;
	});

/** An ISO 3166-1 alpha-2 country code such as `NG` or `PE`; lower case is accepted and upper-cased. */
export const countryCode = z
	.string({ error: 'must be a two-letter country code such as NG, PE or JO' })
	.trim()
	.transform((written, ctx) => {
		const code = written.toUpperCase();
		if (!isCountryCode(code)) {
			const current = currentCountryCode(code);
			const named = current ? undefined : countryCodeForName(written);
			ctx.addIssue({
				code: 'custom',
				message: current
					? `"${written}" is not an ISO 3166-1 country code; did you mean ${current} (${countryName(current)})?`
					: named
						? `"${written}" is a country's name; write its two-letter ISO 3166-1 code, ${named}`
						: `"${written}" is not a country code; use the two-letter ISO 3166-1 code, such as NG for Nigeria or PE for Peru`,
			});
			return z.NEVER;
		}
		return code;
	});

/** A BCP 47 language tag such as `en`, `es`, `ar` or `pt-BR`, stored in its canonical form. */
export const languageTag = z
	.string({ error: 'must be a language tag such as en, es, ar or pt-BR' })
	.trim()
	.transform((tag, ctx) => {
		const canonical = canonicalLanguageTag(tag);
		if (!canonical) {
			ctx.addIssue({
				code: 'custom',
				message: `"${tag}" is not a language tag; use a code such as en, es, ar or pt-BR`,
			});
			return z.NEVER;
		}
		return canonical;
	});

/** Tags or topics: trimmed, lower-cased, without duplicates. */
export const tagList = z
	.array(z.string({ error: 'each entry must be a word or short phrase' }).trim().min(1).toLowerCase(), {
		error: 'must be a list, like [reading, outreach]',
	})
	.transform((tags) => [...new Set(tags)])
	.default([]);

/** A web address starting with https:// or http://. */
export const webUrl = z.url({
	protocol: /^https?$/,
	error: 'must be a full web address starting with https://',
});

/** A labelled link, such as a person's ORCID or a program's Mastodon account. */
export const link = z.strictObject({
	/** What the link is, as readers see it: "ORCID", "Library website". */
	label: z.string().trim().min(1),
	url: webUrl,
});

/**
 * An image with its alt text. `image` is Astro's `image()` helper (or the
 * checker's stand-in), which resolves `src` relative to the file naming it.
 */
export function imageWithAlt<Image extends z.ZodType>(image: () => Image) {
	return z.strictObject({
		/** Path to the image, relative to this file: `./photos/reading-room.jpg`. */
		src: image(),
		/** What the image shows, for people who cannot see it. Required. */
		alt: z
			.string({ error: 'is missing: describe what the image shows, for readers who cannot see it' })
			.trim()
			.min(1, { error: 'is empty: describe what the image shows, for readers who cannot see it' }),
	});
}

/** A licence as its SPDX id, such as `CC-BY-4.0` or `CC-BY-NC-SA-4.0`, stored as the list writes it. */
export const licenseId = z
	.string({ error: 'must be a licence id such as CC-BY-4.0' })
	.trim()
	.transform((written, ctx) => {
		const id = spdxLicense(written);
		if (id) return id;
		const suggestion = suggestSpdxLicense(written);
		ctx.addIssue({
			code: 'custom',
			message: suggestion
				? `"${written}" is not a licence id; did you mean ${suggestion}? (Licences are written as SPDX ids: https://spdx.org/licenses/)`
				: `"${written}" is not a licence id; use an SPDX id such as CC-BY-4.0 or CC-BY-NC-SA-4.0 (the list: https://spdx.org/licenses/)`,
		});
		return z.NEVER;
	});

/** The platforms the importer reads (`npm run import`). */
export const IMPORT_SOURCES = ['blogger', 'wordpress'] as const;

/**
 * Where an imported entry came from, written by `npm run import`. With it, a
 * later import of a newer export recognises the entry (no duplicate) and can
 * tell whether anyone edited the file since (then it leaves the file alone).
 * Coordinators never need to write or change it.
 */
export const importedFrom = z.strictObject({
	/** The platform: `blogger` or `wordpress`. */
	source: z.enum(IMPORT_SOURCES, { error: `must be one of: ${IMPORT_SOURCES.join(', ')}` }),
	/** The item's id in the export: Blogger's `tag:blogger.com,1999:blog-….post-…`, WordPress's post id. */
	id: z.union([z.string().trim().min(1), z.number().int()]).transform(String),
	/** Its address on the old site. */
	url: webUrl.optional(),
	/**
	 * A digest of the file exactly as the importer wrote it (this line left
	 * out). When the file no longer matches it, someone edited the file, and a
	 * later import keeps their version.
	 */
	digest: z
		.string()
		.regex(/^sha256-[0-9a-f]{64}$/, { error: 'must be left as the importer wrote it (sha256- and 64 hexadecimal digits); delete the line if in doubt' })
		.optional(),
});

export type ImportedFrom = z.infer<typeof importedFrom>;
