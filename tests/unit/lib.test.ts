import { describe, expect, test } from 'vitest';
import { countryName, isCountryCode } from '../../src/lib/countries.ts';
import { formatDate, formatDateRange, isoDay } from '../../src/lib/dates.ts';
import { entryId } from '../../src/lib/entry-id.ts';
import { canonicalLanguageTag, textDirection } from '../../src/lib/language.ts';
import { formatFileSize, formatList } from '../../src/lib/numbers.ts';
import { paginate } from '../../src/lib/paginate.ts';
import { withBase } from '../../src/lib/urls.ts';

describe('countries', () => {
	test('knows country codes, and not regions that are not countries', () => {
		expect(isCountryCode('NG')).toBe(true);
		expect(isCountryCode('XK')).toBe(true);
		expect(isCountryCode('XY')).toBe(false);
		expect(isCountryCode('EU')).toBe(false);
		expect(isCountryCode('ng')).toBe(false);
	});
	test('names countries in the reader’s language', () => {
		expect(countryName('JO', 'en')).toBe('Jordan');
		expect(countryName('JO', 'es')).toBe('Jordania');
		expect(countryName('JO', 'ar')).toBe('الأردن');
	});
});

describe('languages', () => {
	test('canonicalises tags and refuses what is not one', () => {
		expect(canonicalLanguageTag('pt-br')).toBe('pt-BR');
		expect(canonicalLanguageTag('en_US')).toBeUndefined();
	});
	test('knows which languages are written right to left', () => {
		expect(textDirection('ar')).toBe('rtl');
		expect(textDirection('fa-IR')).toBe('rtl');
		expect(textDirection('he')).toBe('rtl');
		expect(textDirection('uk')).toBe('ltr');
		expect(textDirection('es')).toBe('ltr');
	});
});

describe('dates', () => {
	const day = new Date(Date.UTC(2024, 2, 14));
	test('formats calendar days in the page’s language, never the day before', () => {
		expect(formatDate(day, 'en-GB')).toBe('14 March 2024');
		expect(formatDate(day, 'es')).toBe('14 de marzo de 2024');
		expect(isoDay(day)).toBe('2024-03-14');
	});
	test('says a range once', () => {
		expect(formatDateRange(day, new Date(Date.UTC(2024, 2, 16)), 'en-GB')).toMatch(/^14\s?–\s?16 March 2024$/);
	});
});

describe('numbers and lists', () => {
	test('file sizes as people say them', () => {
		expect(formatFileSize(1_450_000, 'en')).toBe('1.5 MB');
		expect(formatFileSize(820_400, 'en')).toBe('820.4 kB');
		expect(formatFileSize(12, 'en')).toBe('12 byte');
	});
	test('lists joined the language’s way', () => {
		expect(formatList(['Ana', 'Kenji', 'Aroha'], 'en')).toBe('Ana, Kenji, and Aroha');
		expect(formatList(['Ana', 'Kenji'], 'es')).toBe('Ana y Kenji');
	});
});

describe('entry ids and URLs', () => {
	test('ids come from paths, slugged, without index', () => {
		expect(entryId('2024/First Call.md')).toBe('2024/first-call');
		expect(entryId('lagos-lima/index.md')).toBe('lagos-lima');
		expect(entryId('2024.yaml')).toBe('2024');
	});
	test('paths respect the base path', () => {
		expect(withBase('/', '/blog/')).toBe('/blog/');
		expect(withBase('/program/', '/blog/')).toBe('/program/blog/');
		expect(withBase('/program', 'blog/')).toBe('/program/blog/');
	});
	test('pagination keeps every item exactly once', () => {
		const pages = paginate([...Array(23).keys()], 10);
		expect(pages.map((page) => page.items.length)).toEqual([10, 10, 3]);
		expect(pages.flatMap((page) => page.items)).toEqual([...Array(23).keys()]);
		expect(paginate([], 10)).toEqual([{ number: 1, total: 1, items: [] }]);
	});
});
