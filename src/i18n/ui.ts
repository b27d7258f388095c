/**
 * The site's own words in the reader's interface language: a page asks
 * `uiOf(Astro)` once and gets its language, direction, messages with the
 * program's terms filled in, and routes that keep the reader in that
 * language. With one interface language nothing changes: no prefix, the
 * main language everywhere.
 */
import { type Catalog, getCatalog, type RoundTerms } from '../data/catalog.ts';
import { textDirection } from '../lib/language.ts';
import { href, routes } from '../lib/urls.ts';
import { formatMessage, type MessageParams } from './format.ts';
import { DEFAULT_TERMS, inLanguage, isUiLanguage, type TermWords, type UiLanguage } from './languages.ts';

export { inLanguage };
import { CATALOGUES, type MessageKey } from './messages/index.ts';

/** Routes of the pages every interface language has under its prefix (lists, home, search, figures, about). */
export const LOCALIZED_ROUTES = [
	'home',
	'about',
	'blog',
	'blogYear',
	'blogMonth',
	'tags',
	'tag',
	'search',
	'feed',
	'testimonials',
	'convenings',
	'events',
	'opportunities',
	'people',
	'rounds',
	'countries',
	'posters',
	'postersByRound',
	'postersByCountry',
	'postersByTopic',
	'figures',
] as const satisfies readonly (keyof typeof routes)[];

export type Routes = typeof routes;

export interface Ui {
	lang: UiLanguage;
	dir: 'ltr' | 'rtl';
	/** The main interface language, at the addresses without a prefix. */
	main: UiLanguage;
	/** Every interface language of the program, the main one first. */
	languages: UiLanguage[];
	/** A message with its placeholders, the program's terms among them, filled in. */
	t: (key: MessageKey, params?: MessageParams) => string;
	/**
	 * The message's text before and after one placeholder, for a message that
	 * wraps a link or other markup around it: "{title} in numbers".
	 */
	around: (key: MessageKey, name: string, params?: MessageParams) => [string, string];
	/**
	 * The message cut at the named placeholders, for a sentence with markup
	 * inside: `parts('start.people', ['title', 'folder'])` gives text and
	 * `{ slot: 'title' }` pieces, in the language's own word order.
	 */
	parts: (key: MessageKey, slots: string[], params?: MessageParams) => (string | { slot: string })[];
	/** The program's word for a round in this language. */
	terms: RoundTerms;
	/** Route builders: list pages under this language's prefix, entries at their one address. */
	routes: Routes;
	/** The language of program.yaml's own texts (name, tagline, description) where it is not this one, to mark them. */
	programLang: string | undefined;
}

const capital = (word: string, lang: string) => word.replace(/^./u, (first) => first.toLocaleUpperCase(lang));

/** The program's words in a language: program.yaml's own, then the language's ordinary ones. */
export function termWords(catalog: Pick<Catalog, 'program' | 'uiLanguages'>, lang: UiLanguage): TermWords {
	const own = catalog.program.terms[lang] ?? {};
	const defaults = DEFAULT_TERMS[lang];
	// roundTerm predates per-language terms: it is the main interface language's word.
	const round = own.round ?? (lang === catalog.uiLanguages[0] ? catalog.program.roundTerm : defaults.round);
	return { round, group: own.group ?? defaults.group, liaison: own.liaison ?? defaults.liaison };
}

const uis = new WeakMap<Catalog, Map<string, Ui>>();

/** The interface in one language, made once per build. */
export function uiFor(catalog: Catalog, lang: UiLanguage): Ui {
	let byLang = uis.get(catalog);
	if (!byLang) uis.set(catalog, (byLang = new Map<string, Ui>()));
	const made = byLang.get(lang);
	if (made) return made;
	const main = catalog.uiLanguages[0] ?? 'en';
	const words = termWords(catalog, lang);
	const terms: RoundTerms = {
		round: words.round.singular,
		rounds: words.round.plural,
		Round: capital(words.round.singular, lang),
		Rounds: capital(words.round.plural, lang),
	};
	const termParams: MessageParams = {
		...terms,
		group: words.group.singular,
		groups: words.group.plural,
		liaison: words.liaison.singular,
		liaisons: words.liaison.plural,
		Liaison: capital(words.liaison.singular, lang),
		Liaisons: capital(words.liaison.plural, lang),
	};
	const messages = CATALOGUES[lang];
	const localized = Object.fromEntries(
		Object.entries(routes).map(([name, build]) => [
			name,
			(LOCALIZED_ROUTES as readonly string[]).includes(name)
				? (...args: unknown[]) => inLanguage((build as (...a: unknown[]) => string)(...args), lang, main)
				: build,
		]),
	) as Routes;
	const ui: Ui = {
		lang,
		dir: textDirection(lang),
		main,
		languages: catalog.uiLanguages,
		t: (key, params) => formatMessage(messages[key], lang, params ? { ...termParams, ...params } : termParams),
		around: (key, name, params) => {
			const [before = '', after = ''] = ui.t(key, { ...params, [name]: '\u0000' }).split('\u0000');
			return [before, after];
		},
		parts: (key, slots, params) => {
			const marked = ui.t(key, { ...params, ...Object.fromEntries(slots.map((slot) => [slot, `\u0000${slot}\u0000`])) });
			return marked.split('\u0000').flatMap((piece, index): (string | { slot: string })[] => (index % 2 === 1 ? [{ slot: piece }] : piece ? [piece] : []));
		},
		terms,
		routes: localized,
		programLang: catalog.siteLang.toLowerCase().split('-')[0] === lang ? undefined : catalog.siteLang,
	};
	byLang.set(lang, ui);
	return ui;
}

/** The interface language of the page being rendered: its prefix's, or the main one. */
export async function uiOf(astro: { locals: App.Locals }): Promise<Ui> {
	const catalog = await getCatalog();
	const asked = astro.locals.uiLang;
	const lang = asked && isUiLanguage(asked) && catalog.uiLanguages.includes(asked) ? asked : catalog.uiLanguages[0];
	return uiFor(catalog, lang ?? 'en');
}

/**
 * The address the reader asked for, with the base path: for a page in a
 * further language (rendered from its unprefixed route) the prefixed one.
 * Astro gives it without the base path, which links carry.
 */
export function requestPath(astro: { originPathname: string }): string {
	const base = import.meta.env.BASE_URL;
	const path = astro.originPathname;
	return base === '/' || path.startsWith(base) ? path : href(path);
}

/**
 * The interface language for a page whose content is in `contentLang` (a
 * post, a testimonial): that language when the program has it, so that a
 * Spanish post is framed in Spanish, otherwise the main one.
 */
export function chromeLanguageFor(catalog: Catalog, contentLang: string): UiLanguage {
	const base = contentLang.toLowerCase().split('-')[0] ?? '';
	return catalog.uiLanguages.find((lang) => lang === base) ?? catalog.uiLanguages[0] ?? 'en';
}
