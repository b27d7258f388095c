import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { translationGroups } from '../../src/data/translations.ts';
import { formatMessage, isPlural, type Message } from '../../src/i18n/format.ts';
import { DEFAULT_TERMS, inLanguage, UI_LANGUAGES } from '../../src/i18n/languages.ts';
import { CATALOGUES } from '../../src/i18n/messages/index.ts';
import { en } from '../../src/i18n/messages/en.ts';
import { hardCodedText } from '../support/visible-text.ts';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** The placeholders of a message, over all its plural forms. */
const placeholders = (message: Message) =>
	new Set((isPlural(message) ? Object.values(message) : [message]).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1])));

/** Names every message may use: the program's terms, filled in for every message. */
const TERMS = new Set(['round', 'rounds', 'Round', 'Rounds', 'group', 'groups', 'liaison', 'liaisons', 'Liaison', 'Liaisons']);

describe('message catalogues', () => {
	test('every interface language has every key English has, and no other', () => {
		const keys = Object.keys(en).sort();
		for (const lang of UI_LANGUAGES) {
			expect(Object.keys(CATALOGUES[lang]).sort(), lang).toEqual(keys);
		}
	});

	test('translations are real: no sentence is left in English', () => {
		// A word may be the same in two languages ("Blog", "Posters", "Contact"); a sentence of several words is not.
		const sentence = (message: Message) => ((isPlural(message) ? message.other : message).replace(/\{\w+\}/g, '').match(/\p{L}+/gu) ?? []).length >= 3;
		for (const lang of UI_LANGUAGES.filter((lang) => lang !== 'en')) {
			const catalogue = CATALOGUES[lang];
			const same = Object.keys(en).filter((key) => {
				const english = en[key as keyof typeof en];
				return sentence(english) && JSON.stringify(catalogue[key as keyof typeof en]) === JSON.stringify(english);
			});
			expect(same, lang).toEqual([]);
		}
	});

	test('a translation uses only the placeholders its English message has, and is plural where English is', () => {
		for (const lang of UI_LANGUAGES) {
			for (const [key, message] of Object.entries(CATALOGUES[lang])) {
				const english = en[key as keyof typeof en];
				for (const name of placeholders(message)) {
					expect(placeholders(english).has(name) || TERMS.has(name as string), `${lang} ${key} {${name}}`).toBe(true);
				}
				expect(isPlural(message), `${lang} ${key}`).toBe(isPlural(english));
			}
		}
	});

	test('every language has its own words for round, group and liaison', () => {
		for (const lang of UI_LANGUAGES) expect(DEFAULT_TERMS[lang].round.singular.length, lang).toBeGreaterThan(0);
	});

	test('plural forms follow each language’s rules, with its own digits', () => {
		expect(formatMessage(en['blog.posts'], 'en', { count: 1 })).toBe('1 post');
		expect(formatMessage(en['blog.posts'], 'en', { count: 3 })).toBe('3 posts');
		const arabic = CATALOGUES.ar['blog.posts'];
		expect(formatMessage(arabic, 'ar', { count: 2 })).toBe('تدوينتان');
		expect(formatMessage(arabic, 'ar', { count: 5 })).toBe(`${new Intl.NumberFormat('ar').format(5)} تدوينات`);
		expect(formatMessage(arabic, 'ar', { count: 11 })).toBe(`${new Intl.NumberFormat('ar').format(11)} تدوينة`);
		expect(formatMessage(CATALOGUES.es['search.found'], 'es', { count: 0, term: 'mapas' })).toBe('No se encontraron páginas para «mapas».');
		// The gallery's count: its plural follows the total, so the words must not agree with the number shown.
		expect(formatMessage(CATALOGUES.es['posters.shown'], 'es', { shown: 1, count: 7 })).toBe('Mostrando 1 de 7 pósteres');
		expect(formatMessage(CATALOGUES.fr['posters.shown'], 'fr', { shown: 1, count: 7 })).toBe('Posters affichés : 1 sur 7');
	});
});

describe('interface languages', () => {
	test('a further language has its prefix; the main one keeps the address as it is', () => {
		expect(inLanguage('/blog/', 'es', 'en')).toBe('/es/blog/');
		expect(inLanguage('/', 'ar', 'en')).toBe('/ar/');
		expect(inLanguage('/blog/', 'en', 'en')).toBe('/blog/');
	});
});

describe('linked translations', () => {
	const entry = (id: string, lang: string, translationOf?: string) => ({ id, collection: 'blog', data: { lang, translationOf } });

	test('versions of one text form a group, listed once as the original', () => {
		const original = entry('a', 'en');
		const spanish = entry('a-es', 'es', 'a');
		const arabic = entry('a-ar', 'ar', 'a-es');
		const alone = entry('b', 'en');
		const { listed, versions } = translationGroups([spanish, original, alone, arabic]);
		expect(listed.map((item) => item.id)).toEqual(['a', 'b']);
		expect(versions.get('a-ar')?.map((item) => item.id)).toEqual(['a', 'a-ar', 'a-es']);
		expect(versions.get('b')?.map((item) => item.id)).toEqual(['b']);
	});

	test('a translation of an entry that does not exist stands alone', () => {
		const { listed } = translationGroups([entry('x', 'es', 'missing')]);
		expect(listed.map((item) => item.id)).toEqual(['x']);
	});
});

describe('components show only words from the catalogues', () => {
	const templates = ['components', 'pages', 'layouts'].flatMap((folder) =>
		(readdirSync(path.join(SRC, folder), { recursive: true }) as string[]).filter((file) => file.endsWith('.astro')).map((file) => `${folder}/${file}`),
	);

	test('finds words written into a template', () => {
		expect(hardCodedText(`---\nconst a = 'x';\n---\n<nav aria-label="Main"><h2>Archive</h2>{t('nav.blog')}</nav>`)).toEqual(['aria-label="Main"', 'Archive']);
		expect(hardCodedText(`<p>{t('a')} · {count}</p><img alt={t('b')} />`)).toEqual([]);
	});

	test.each(templates)('%s', (file) => {
		expect(hardCodedText(readFileSync(path.join(SRC, file), 'utf8'))).toEqual([]);
	});
});
