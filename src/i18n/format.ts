/**
 * Interface messages with their placeholders and plurals, formatted the same
 * way at build time and in the few browser scripts (search, the gallery
 * filter). A message is a string with `{name}` placeholders, or, when it
 * depends on a count, one string per CLDR plural category the language uses
 * (`zero`, `one`, `two`, `few`, `many`, `other`): Arabic uses all six,
 * Indonesian and Thai only `other`. `Intl.PluralRules` picks the category
 * and `Intl.NumberFormat` writes the count in the reader's digits. Hand-written
 * on purpose: an ICU MessageFormat library would bring a parser into the
 * browser scripts, and these messages need nothing but this.
 */

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;

export type MessageParams = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function pluralRule(lang: string): Intl.PluralRules {
	let rules = pluralRules.get(lang);
	if (!rules) {
		rules = new Intl.PluralRules(lang);
		pluralRules.set(lang, rules);
	}
	return rules;
}

function numberFormat(lang: string): Intl.NumberFormat {
	let format = numberFormats.get(lang);
	if (!format) {
		format = new Intl.NumberFormat(lang);
		numberFormats.set(lang, format);
	}
	return format;
}

/**
 * The message in `lang` with its placeholders filled: numbers in the
 * language's digits and grouping, and for a plural message the form for
 * `params.count`.
 */
export function formatMessage(message: Message, lang: string, params: MessageParams = {}): string {
	let text: string;
	if (typeof message === 'string') text = message;
	else {
		const count = Number(params['count'] ?? 0);
		// An exact zero reads better as its own sentence ("No results") where a language gives one.
		text = (count === 0 ? message.zero : undefined) ?? message[pluralRule(lang).select(count)] ?? message.other;
	}
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? numberFormat(lang).format(value) : value;
	});
}

/** Whether a message is written per plural category. */
export function isPlural(message: Message): message is PluralMessage {
	return typeof message === 'object';
}
