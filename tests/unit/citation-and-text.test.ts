import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { describe, expect, test } from 'vitest';
import {
	bibtexKey,
	type CitablePoster,
	citationMetaTags,
	formatReference,
	inlineJson,
	licenseUrl,
	splitName,
	toBibtex,
	toCslJson,
} from '../../src/lib/citation.ts';
import { pageText } from '../../src/lib/pdf/text-order.ts';

const poster: CitablePoster = {
	title: 'Reading Clubs Without Walls',
	subtitle: 'One list, two clubs',
	authors: [{ name: 'Adaeze Okafor' }, { name: 'Marieke de Vries' }, { name: 'Lucía Quispe' }],
	date: new Date(Date.UTC(2024, 6, 31)),
	programName: 'Open Stacks Fellowship',
	roundTitle: 'Round 2024',
	url: 'https://example.org/posters/lagos-lima/',
	pdfUrl: 'https://example.org/posters/lagos-lima/poster.pdf',
	doi: '10.5281/zenodo.1234567',
	lang: 'en',
	license: 'CC-BY-4.0',
	topics: ['reading promotion'],
};

describe('citations', () => {
	test('names split into given and family names, particles included', () => {
		expect(splitName('Marieke de Vries')).toEqual({ given: 'Marieke', family: 'de Vries' });
		expect(splitName('Mei Lin Tan')).toEqual({ given: 'Mei Lin', family: 'Tan' });
		expect(splitName('Yusuf El-Sayed')).toEqual({ given: 'Yusuf', family: 'El-Sayed' });
	});

	test('a reference to copy, linking the DOI when there is one', () => {
		expect(formatReference(poster)).toBe(
			'Okafor, A., de Vries, M., & Quispe, L. (2024). Reading Clubs Without Walls: One list, two clubs [Poster]. Open Stacks Fellowship, Round 2024. https://doi.org/10.5281/zenodo.1234567',
		);
		expect(formatReference({ ...poster, doi: undefined })).toMatch(/ https:\/\/example\.org\/posters\/lagos-lima\/$/);
	});

	test('BibTeX with an ASCII key and escaped values', () => {
		expect(bibtexKey(poster)).toBe('okafor2024reading');
		const bib = toBibtex({ ...poster, title: 'Books & 100% {fun}' });
		expect(bib).toMatch(/^@misc\{okafor2024books,\n/);
		expect(bib).toContain('title = {Books \\& 100\\% \\{fun\\}: One list, two clubs}');
		expect(bib).toContain('author = {Okafor, Adaeze and de Vries, Marieke and Quispe, Lucía}');
		expect(bib).toContain('doi = {10.5281/zenodo.1234567}');
	});

	test('CSL-JSON that reference managers read', () => {
		const [item] = JSON.parse(toCslJson(poster));
		expect(item).toMatchObject({
			type: 'speech',
			genre: 'Poster',
			DOI: '10.5281/zenodo.1234567',
			issued: { 'date-parts': [[2024, 7, 31]] },
			author: [
				{ given: 'Adaeze', family: 'Okafor' },
				{ given: 'Marieke', family: 'de Vries' },
				{ given: 'Lucía', family: 'Quispe' },
			],
		});
	});

	test('citation_* meta tags, one author each', () => {
		const tags = citationMetaTags(poster);
		expect(tags.filter((tag) => tag.name === 'citation_author').map((tag) => tag.content)).toEqual(['Okafor, Adaeze', 'de Vries, Marieke', 'Quispe, Lucía']);
		expect(tags).toContainEqual({ name: 'citation_publication_date', content: '2024/07/31' });
		expect(tags).toContainEqual({ name: 'citation_pdf_url', content: poster.pdfUrl });
		expect(tags).toContainEqual({ name: 'citation_doi', content: poster.doi });
	});

	test('a person’s file can say which names are given and which family', () => {
		const named = {
			...poster,
			authors: [
				{ name: 'Diego Hernández López', givenName: 'Diego', familyName: 'Hernández López' },
				{ name: 'Tan Mei Lin', givenName: 'Mei Lin', familyName: 'Tan' },
			],
		};
		expect(formatReference(named)).toMatch(/^Hernández López, D\., & Tan, M\. L\. \(2024\)/);
		expect(toBibtex(named)).toContain('author = {Hernández López, Diego and Tan, Mei Lin}');
		expect(JSON.parse(toCslJson(named))[0].author).toEqual([
			{ given: 'Diego', family: 'Hernández López' },
			{ given: 'Mei Lin', family: 'Tan' },
		]);
		expect(
			citationMetaTags(named)
				.filter((tag) => tag.name === 'citation_author')
				.map((tag) => tag.content),
		).toEqual(['Hernández López, Diego', 'Tan, Mei Lin']);
	});

	test('a backslash in BibTeX is \\textbackslash{}, never a LaTeX line break', () => {
		const bib = toBibtex({ ...poster, title: 'C:\\Shelves ~ 50% _done_ ^up^', subtitle: undefined });
		expect(bib).toContain('title = {C:\\textbackslash{}Shelves \\textasciitilde{} 50\\% \\_done\\_ \\textasciicircum{}up\\textasciicircum{}}');
		expect(bib).not.toContain('\\\\');
	});

	test('our BibTeX reads back, through citation-js, as our CSL-JSON', () => {
		const tricky: CitablePoster = {
			...poster,
			title: 'Books & 100% {fun}: C:\\Shelves',
			subtitle: 'Zapotec, Mixe & Spanish',
			authors: [
				{ name: 'Diego Hernández López', givenName: 'Diego', familyName: 'Hernández López' },
				{ name: 'Tan Mei Lin', givenName: 'Mei Lin', familyName: 'Tan' },
				{ name: 'Marieke de Vries' },
			],
		};
		const [fromBibtex] = new Cite(toBibtex(tricky)).data as Record<string, unknown>[];
		const [ours] = JSON.parse(toCslJson(tricky));
		expect(fromBibtex?.['title']).toBe(ours.title);
		expect(fromBibtex?.['DOI']).toBe(ours.DOI);
		expect(fromBibtex?.['URL']).toBe(ours.URL);
		const names = (authors: unknown) =>
			(authors as { given?: string; family?: string; 'non-dropping-particle'?: string }[]).map((a) => [
				a.given,
				[a['non-dropping-particle'], a.family].filter(Boolean).join(' '),
			]);
		expect(names(fromBibtex?.['author'])).toEqual(names(ours.author));
		expect((fromBibtex?.['issued'] as { 'date-parts': number[][] })['date-parts'][0]?.slice(0, 2)).toEqual(ours.issued['date-parts'][0].slice(0, 2));
		// And citation-js accepts our CSL-JSON as it is.
		expect(new Cite(JSON.parse(toCslJson(tricky))).format('bibliography', {})).toMatch(/Hernández López, D\./);
	});

	test('licence deeds, and JSON that cannot close its script element', () => {
		expect(licenseUrl('CC-BY-SA-4.0')).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
		expect(licenseUrl('All rights reserved')).toBeUndefined();
		expect(inlineJson({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
	});
});

describe('text from PDFs, in reading order', () => {
	const pieces = (line: string[], eol = true) => line.map((str, index) => ({ str, dir: 'ltr', hasEOL: eol && index === line.length - 1 }));

	test('Latin lines stay as they are', () => {
		expect(pageText([...pieces(['Reading ', 'clubs']), ...pieces(['Lagos'])])).toBe('Reading clubs\nLagos');
	});

	test('Arabic stored glyph by glyph in visual order comes back in logical order, numbers kept', () => {
		// "مكتبة 2024" drawn left to right: the number first, then the word's letters from its last to its first.
		const visual = ['2024', ' ', 'ﺔ', 'ﺒ', 'ﺘ', 'ﻜ', 'ﻣ'];
		expect(pageText(pieces(visual))).toBe('مكتبة 2024');
	});

	test('in Arabic text, quotation marks drawn mirrored, marks after a space and glyphs without a character are mended', () => {
		// As pdf.js reads a line of one of the sample's Arabic posters: »…« for «…», a tanween after the space, a NUL for an unmapped ligature.
		expect(pageText(pieces(['حوّلت كل \u0000 من غرفة ًصغيرة', ' ', 'زمالة »أوبن ستاكس«']))).toBe('حوّلت كل من غرفةً صغيرة زمالة «أوبن ستاكس»');
		expect(pageText([...pieces(['يمر']), ...pieces(['ّبالرفوف'])])).toBe('يمرّ\nبالرفوف');
		// A Latin line keeps its brackets as they are.
		expect(pageText(pieces(['Tools (and books) «as is»']))).toBe('Tools (and books) «as is»');
	});

	test('Arabic presentation forms fold into plain letters', () => {
		expect(pageText(pieces(['ﻣﻜﺘﺒﺔ']))).toBe('مكتبة');
	});
});
