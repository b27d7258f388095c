/**
 * Language tags (BCP 47) and writing direction. Every entry says which
 * language it is written in; pages use it for `lang`, `dir` and date formats.
 */

/**
 * The canonical form of a BCP 47 tag ("pt-br" → "pt-BR"), or undefined when it
 * is not one. The language itself must be an ISO 639 code of two or three
 * letters: BCP 47's syntax also allows five to eight, so that "english" or
 * "spanish" would otherwise pass for tags.
 */
export function canonicalLanguageTag(tag: string): string | undefined {
	try {
		const [canonical] = Intl.getCanonicalLocales(tag);
		return canonical && /^[a-z]{2,3}$/.test(new Intl.Locale(canonical).language) ? canonical : undefined;
	} catch {
		return undefined;
	}
}

/** Languages written right to left, for runtimes whose `Intl.Locale` cannot say. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/**
 * "rtl" for languages written right to left (Arabic, Hebrew, Persian, Urdu…), otherwise "ltr".
 * Undefined for no language: an element without `lang` needs no `dir` of its own either.
 */
export function textDirection(tag: string): 'ltr' | 'rtl';
export function textDirection(tag: string | undefined): 'ltr' | 'rtl' | undefined;
export function textDirection(tag: string | undefined): 'ltr' | 'rtl' | undefined {
	if (tag === undefined) return undefined;
	// Every entry on every page asks: remember each tag's answer.
	let direction = directions.get(tag);
	if (!direction) {
		const locale = new Intl.Locale(tag);
		const known = typeof locale.getTextInfo === 'function' ? locale.getTextInfo().direction : undefined;
		direction = known ?? (RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr');
		directions.set(tag, direction);
	}
	return direction;
}
const directions = new Map<string, 'ltr' | 'rtl'>();

/** The language's own name for itself ("es" → "español"), for language labels. */
export function languageName(tag: string, inLocale = tag): string {
	return new Intl.DisplayNames([inLocale, 'en'], { type: 'language' }).of(tag) ?? tag;
}

/** Languages that separate the items of a list with the Arabic comma (U+060C). */
const ARABIC_COMMA_LANGUAGES = new Set(['ar', 'ckb', 'fa', 'ps', 'sd', 'ug', 'ur']);

/**
 * What goes between the facts of a short list ("PDF, 176 kB, 1 page") in a language:
 * `Intl.ListFormat` would put "and" before the last one, which a list of facts does not want.
 */
export function listSeparator(tag: string): string {
	// Asked for every person's affiliation on every card: remember each tag's answer.
	let separator = separators.get(tag);
	if (separator === undefined) {
		separator = ARABIC_COMMA_LANGUAGES.has(new Intl.Locale(tag).language) ? '\u060C ' : ', ';
		separators.set(tag, separator);
	}
	return separator;
}
const separators = new Map<string, string>();
