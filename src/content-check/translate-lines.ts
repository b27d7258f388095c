/**
 * The checker's lines in the reader's language (`npm run check -- --lang es`).
 * Its messages are written in English where each check is made; a language
 * file pairs each English message, as a template with its variable parts in
 * braces, with its translation. A line no template matches stays in English,
 * so a language can be added a line at a time.
 */
import { formatMessage, type Message, type MessageParams } from '../i18n/format.ts';
import { es } from './lines/es.ts';

/** The summary lines around the problems. */
export type SummaryKey =
	'problems' | 'warnings' | 'fine' | 'fineWithWarnings' | 'warningsNote' | 'fix' | 'fixWithWarnings' | 'problemTitle' | 'warningTitle' | 'sample';

export interface CheckerLines {
	summary: Record<SummaryKey, Message>;
	/** [English template, translation]: `names "{id}", who is not in content/{folder}/…`. */
	lines: [string, string][];
}

const en: CheckerLines = {
	summary: {
		problems: { one: '{count} problem in the content:', other: '{count} problems in the content:' },
		warnings: { one: '{count} warning about the content:', other: '{count} warnings about the content:' },
		fine: 'Content is fine: no problems found ({seconds} s).',
		fineWithWarnings: {
			one: 'Content is fine: no problems found, {count} warning above ({seconds} s).',
			other: 'Content is fine: no problems found, {count} warnings above ({seconds} s).',
		},
		warningsNote: 'Warnings do not stop the build: look at each when you can.',
		fix: 'Fix each problem above, then run `npm run check` again.',
		fixWithWarnings: {
			one: 'Fix each problem above, then run `npm run check` again. (The {count} warning does not stop the build.)',
			other: 'Fix each problem above, then run `npm run check` again. (The {count} warnings do not stop the build.)',
		},
		problemTitle: 'Content problem',
		warningTitle: 'Content warning',
		sample: '',
	},
	lines: [],
};

/** The languages the checker speaks: English and Spanish in full; others fall back to English line by line. */
export const CHECKER_LANGUAGES: Record<string, CheckerLines> = { en, es };

/** Template parts that are themselves messages, translated in turn. */
const NESTED = new Set(['problem', 'counted']);

interface Template {
	pattern: RegExp;
	names: string[];
	translation: string;
}

const compiled = new Map<string, Template[]>();

function templates(lang: string): Template[] {
	let list = compiled.get(lang);
	if (!list) {
		list = (CHECKER_LANGUAGES[lang]?.lines ?? [])
			.map(([english, translation]) => {
				const names = [...english.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
				const source = english
					.split(/\{\w+\}/)
					.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
					.join('(.+?)');
				return { pattern: new RegExp(`^${source}$`, 's'), names, translation };
			})
			// The most specific (longest) templates first: "is missing: …" before "is missing".
			.sort((a, b) => b.pattern.source.length - a.pattern.source.length);
		compiled.set(lang, list);
	}
	return list;
}

/** One message in `lang`, or as it is when the language has no line for it. */
export function translateMessage(message: string, lang: string): string {
	if (lang === 'en') return message;
	for (const template of templates(lang)) {
		const match = template.pattern.exec(message);
		if (!match) continue;
		const values = new Map(template.names.map((name, index) => [name, match[index + 1] ?? '']));
		return template.translation.replace(/\{(\w+)\}/g, (whole, name: string) => {
			const value = values.get(name);
			if (value === undefined) return whole;
			return NESTED.has(name) ? translateMessage(value, lang) : value;
		});
	}
	return message;
}

/** Whether the language has a line for the message (for the tests that keep a language complete). */
export function hasTranslation(message: string, lang: string): boolean {
	return templates(lang).some((template) => template.pattern.test(message));
}

/** A summary line in `lang`, in English where the language has none. */
export function summaryLine(key: SummaryKey, lang: string, params: MessageParams = {}): string {
	const message = CHECKER_LANGUAGES[lang]?.summary[key] || en.summary[key];
	return formatMessage(message, lang in CHECKER_LANGUAGES ? lang : 'en', params);
}
