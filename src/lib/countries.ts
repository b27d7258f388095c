/**
 * Country codes and names. People and convenings name countries by their
 * ISO 3166-1 alpha-2 code; the names shown to readers come from the
 * browser-grade CLDR data inside `Intl`, in the reader's page language.
 */

import isoCountries from 'i18n-iso-countries';

/**
 * The assigned ISO 3166-1 alpha-2 codes (and XK, Kosovo, which ISO has not
 * assigned but the EU, CLDR and most registries use). CLDR alone is not enough:
 * it also names regions that are not countries (EU, QO), reserved codes (EA,
 * IC, AC) and withdrawn ones (SU, YU, ZR), so `UK` would become a second
 * United Kingdom beside `GB`.
 */
const COUNTRY_CODES = new Set(Object.keys(isoCountries.getAlpha2Codes()));

const namesByLocale = new Map<string, Intl.DisplayNames>();

function regionNames(locale: string): Intl.DisplayNames {
	let names = namesByLocale.get(locale);
	if (!names) {
		names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'none' });
		namesByLocale.set(locale, names);
	}
	return names;
}

/** True when `code` is an upper-case, assigned ISO 3166-1 alpha-2 code. */
export function isCountryCode(code: string): boolean {
	return COUNTRY_CODES.has(code);
}

/**
 * The current code for an old or unofficial one that people still write:
 * UK → GB, ZR → CD, TP → TL (from CLDR's aliases, through `Intl`). Undefined
 * when there is none.
 */
export function currentCountryCode(code: string): string | undefined {
	if (!/^[A-Z]{2}$/.test(code)) return undefined;
	try {
		const region = new Intl.Locale(Intl.getCanonicalLocales(`und-${code}`)[0] ?? '').region;
		return region && region !== code && isCountryCode(region) ? region : undefined;
	} catch {
		return undefined;
	}
}

/** The country's name in `locale` ("NG" → "Nigeria", or "نيجيريا" in Arabic). */
export function countryName(code: string, locale = 'en'): string {
	// Asked thousands of times a build (every card names its countries), and `of` is slow.
	const key = `${locale}\u0000${code}`;
	let name = countryNames.get(key);
	if (name === undefined) {
		name = regionNames(locale).of(code) ?? code;
		countryNames.set(key, name);
	}
	return name;
}
const countryNames = new Map<string, string>();

let codesByName: Map<string, string> | undefined;
const comparable = (name: string) =>
	name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** The code of a country written by its English name ("Kenya" → KE, "United Kingdom" → GB), when it is one. */
export function countryCodeForName(name: string): string | undefined {
	if (!codesByName) {
		codesByName = new Map();
		for (const code of COUNTRY_CODES) codesByName.set(comparable(countryName(code)), code);
	}
	return codesByName.get(comparable(name));
}
