/**
 * Country codes and names. People and convenings name countries by their
 * ISO 3166-1 alpha-2 code; the names shown to readers come from the
 * browser-grade CLDR data inside `Intl`, in the reader's page language.
 */

/**
 * Codes that CLDR knows as "regions" but that are not countries: a person
 * cannot live in the European Union or in "Outlying Oceania".
 */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const namesByLocale = new Map<string, Intl.DisplayNames>();

function regionNames(locale: string): Intl.DisplayNames {
	let names = namesByLocale.get(locale);
	if (!names) {
		names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'none' });
		namesByLocale.set(locale, names);
	}
	return names;
}

/** True when `code` is an upper-case ISO 3166-1 alpha-2 code of a country CLDR knows. */
export function isCountryCode(code: string): boolean {
	return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && regionNames('en').of(code) !== undefined;
}

/** The country's name in `locale` ("NG" → "Nigeria", or "نيجيريا" in Arabic). */
export function countryName(code: string, locale = 'en'): string {
	return regionNames(locale).of(code) ?? code;
}
