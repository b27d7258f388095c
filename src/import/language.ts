/**
 * The language of an imported post, when the export does not say: franc-min
 * (a maintained trigram detector, 82 languages). We compared it with
 * tinyld and eld on short posts in Hindi, Nepali, Bengali, Thai, Arabic,
 * Spanish and English: only franc tells Nepali from Hindi (the others have
 * no Nepali), but on its own it sometimes answers a close relative without
 * an ISO 639-1 code (Magahi for Hindi). So the best candidate whose code has
 * a two-letter BCP 47 form is taken (Intl canonicalises `npi` to `ne`,
 * `arb` to `ar`), which got all 21 test texts right but one four-word English title; texts too
 * short to tell fall back to the blog's or the program's language.
 */
import { francAll } from 'franc-min';
import { canonicalLanguageTag } from '../lib/language.ts';

/**
 * Below this many letters a Latin-script text is too short to tell its language reliably:
 * Latin-script languages share most trigrams, and a 50-letter English page ("About. Bridges
 * pairs librarians. Contact us at hello@example.org.") comes out French. Such a text keeps
 * the blog's own language, which the export states. Other scripts tell far sooner.
 */
const MIN_LATIN_LETTERS = 100;

/** The BCP 47 tag of a text's language, or `fallback` when it cannot be told. */
export function detectLanguage(text: string, fallback: string): string {
	// A thousand characters are plenty for a trigram model, and detection is the importer's costliest step per post after writing.
	const sample = text.slice(0, 1000);
	const letters = sample.match(/\p{L}/gu)?.length ?? 0;
	const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
	if (letters === 0 || (latin / letters > 0.5 && latin < MIN_LATIN_LETTERS)) return fallback;
	for (const [code] of francAll(sample, { minLength: 3 })) {
		if (code === 'und') return fallback;
		const tag = canonicalLanguageTag(code);
		if (tag && /^[a-z]{2}$/.test(tag)) return tag;
	}
	return fallback;
}
