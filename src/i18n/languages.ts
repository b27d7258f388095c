/**
 * The interface languages the site ships, and what each calls the program's
 * round, group and liaison when program.yaml does not say.
 */

/** Every language the site's own words are translated into. */
export const UI_LANGUAGES = ['en', 'es', 'fr', 'pt', 'ar', 'hi', 'bn', 'id', 'th'] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(tag: string): tag is UiLanguage {
	return (UI_LANGUAGES as readonly string[]).includes(tag);
}

/** The interface language for a content language: "es-MX" → "es", or undefined when none is shipped. */
export function uiLanguageOf(tag: string): UiLanguage | undefined {
	const base = tag.toLowerCase().split('-')[0] ?? '';
	return isUiLanguage(base) ? base : undefined;
}

/** A site path in another interface language: "/blog/" → "/es/blog/" (the main language keeps it as it is). */
export function inLanguage(path: string, lang: string, main: string): string {
	return lang === main ? path : `/${lang}${path}`;
}

export interface Word {
	singular: string;
	plural: string;
}

/** The program's terms as one language says them. */
export interface TermWords {
	round: Word;
	group: Word;
	liaison: Word;
}

/** Each language's ordinary words, used unless program.yaml names its own. */
export const DEFAULT_TERMS: Record<UiLanguage, TermWords> = {
	en: { round: { singular: 'round', plural: 'rounds' }, group: { singular: 'group', plural: 'groups' }, liaison: { singular: 'liaison', plural: 'liaisons' } },
	es: { round: { singular: 'ronda', plural: 'rondas' }, group: { singular: 'grupo', plural: 'grupos' }, liaison: { singular: 'enlace', plural: 'enlaces' } },
	fr: {
		round: { singular: 'session', plural: 'sessions' },
		group: { singular: 'groupe', plural: 'groupes' },
		liaison: { singular: 'référent', plural: 'référents' },
	},
	pt: {
		round: { singular: 'edição', plural: 'edições' },
		group: { singular: 'grupo', plural: 'grupos' },
		liaison: { singular: 'articulador', plural: 'articuladores' },
	},
	ar: {
		round: { singular: 'دورة', plural: 'دورات' },
		group: { singular: 'مجموعة', plural: 'مجموعات' },
		liaison: { singular: 'منسق ارتباط', plural: 'منسقو الارتباط' },
	},
	hi: { round: { singular: 'चरण', plural: 'चरण' }, group: { singular: 'समूह', plural: 'समूह' }, liaison: { singular: 'संपर्क सूत्र', plural: 'संपर्क सूत्र' } },
	bn: { round: { singular: 'পর্ব', plural: 'পর্ব' }, group: { singular: 'দল', plural: 'দল' }, liaison: { singular: 'সমন্বয়ক', plural: 'সমন্বয়ক' } },
	id: {
		round: { singular: 'angkatan', plural: 'angkatan' },
		group: { singular: 'kelompok', plural: 'kelompok' },
		liaison: { singular: 'pendamping', plural: 'pendamping' },
	},
	th: { round: { singular: 'รุ่น', plural: 'รุ่น' }, group: { singular: 'กลุ่ม', plural: 'กลุ่ม' }, liaison: { singular: 'ผู้ประสานงาน', plural: 'ผู้ประสานงาน' } },
};
