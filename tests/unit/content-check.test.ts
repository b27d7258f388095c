/**
 * The content checker on the mistakes participants make: each must come
 * back as one line that names the file, the field and the fix.
 */
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { STARTER_BODIES, STARTER_SUMMARY } from '../../src/lib/starter-text.ts';
import { formatProblem, sortProblems } from '../../src/content-check/problem.ts';
import { DEFAULT_DOWNLOAD_LIMITS } from '../../src/lib/pdf/remote-pdf.ts';
import { SAMPLE_CONTENT } from '../../src/lib/content-dir.ts';
import { SOURCES } from '../../src/schemas/collections.ts';
import { type Tree, VALID_TREE, writeContentTree } from '../support/content-tree.ts';
import { makePdf, slowDrawing } from '../support/make-pdf.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
	for (const cleanup of cleanups) cleanup();
	cleanups = [];
});

/** The checker's report on the valid tree with `overrides`, as the lines a person would read. */
async function report(overrides: Tree): Promise<string[]> {
	const { dir, cleanup } = writeContentTree(overrides);
	cleanups.push(cleanup);
	const { problems } = await checkContent({ contentDir: dir, relativeTo: dir });
	return sortProblems(problems).map(formatProblem);
}

/** The checker's warnings on the valid tree with `overrides`, and whether it found problems too. */
async function warningsFor(overrides: Tree): Promise<{ warnings: string[]; problems: number }> {
	const { dir, cleanup } = writeContentTree(overrides);
	cleanups.push(cleanup);
	const { problems, warnings } = await checkContent({ contentDir: dir, relativeTo: dir });
	return { warnings: sortProblems(warnings).map(formatProblem), problems: problems.length };
}

/** Replaces one line of a file in the valid tree. */
function edit(file: string, from: string | RegExp, to: string): Tree {
	const original = VALID_TREE[file];
	if (typeof original !== 'string') throw new Error(`${file} is not a text file of the valid tree`);
	const changed = original.replace(from, to);
	if (changed === original) throw new Error(`${String(from)} is not in ${file}`);
	return { [file]: changed };
}

describe('the content checker', () => {
	test('finds nothing wrong in valid content', async () => {
		expect(await report({})).toEqual([]);
	});

	test('names an author who is not in content/people/', async () => {
		expect(await report(edit('blog/2021/notes.md', 'authors: [ana-lopez, kwame-mensah]', 'authors: [ana-lopez, kwame-mensa]'))).toEqual([
			'blog/2021/notes.md:4: `authors[1]` names "kwame-mensa", who is not in content/people/. Did you mean kwame-mensah? Add content/people/kwame-mensa.yaml or fix the id',
		]);
	});

	test('says which id was meant: for a name, a title, or an id written with capitals or spaces', async () => {
		expect(
			await report({
				...edit('blog/2021/notes.md', 'authors: [ana-lopez, kwame-mensah]', 'authors: [Ana López, Kwame Mensah, Big Name]'),
				...edit('testimonials/ana-lopez.md', 'round: "2021"', 'round: Round 2021'),
				'people/Big Name.yaml': VALID_TREE['people/ana-lopez.yaml'] ?? '',
			}),
		).toEqual([
			'blog/2021/notes.md:4: `authors[0]` names "Ana López", which is a name; write the id instead, ana-lopez (the file name without .yaml)',
			'blog/2021/notes.md:4: `authors[1]` names "Kwame Mensah", which is a name; write the id instead, kwame-mensah (the file name without .yaml)',
			'blog/2021/notes.md:4: `authors[2]` names "Big Name", but the id of people/Big Name.yaml is big-name (lower case, with hyphens for spaces); write big-name',
			'testimonials/ana-lopez.md:3: `round` names "Round 2021", which is a title; write the id instead, 2021 (the file name without .yaml)',
		]);
	});

	test('names a round that does not exist', async () => {
		expect(await report(edit('testimonials/ana-lopez.md', 'round: "2021"', 'round: "2019"'))).toEqual([
			'testimonials/ana-lopez.md:3: `round` names "2019", which is not in content/rounds/. Add content/rounds/2019.yaml or fix the id',
		]);
	});

	test('reports an image without alt text', async () => {
		expect(await report(edit('blog/2021/notes.md', 'cover: { src: ./cover.jpg, alt: A notebook on a desk }', 'cover: { src: ./cover.jpg }'))).toEqual([
			'blog/2021/notes.md:8: `cover.alt` is missing: describe what the image shows, for readers who cannot see it',
		]);
		expect(await report(edit('convenings/lima-2021.md', 'alt: A reading room full of people', 'alt: ""'))).toEqual([
			'convenings/lima-2021.md:9: `gallery[0].alt` is empty: describe what the image shows, for readers who cannot see it',
		]);
	});

	test('reports a date that is not a real day, or not written as YYYY-MM-DD', async () => {
		expect(await report(edit('blog/2021/notes.md', 'date: 2021-03-01', 'date: 2021-02-30'))).toEqual([
			'blog/2021/notes.md:3: `date` "2021-02-30" is not a real date; write it as YYYY-MM-DD, like 2024-03-14',
		]);
		expect(await report(edit('testimonials/ana-lopez.md', 'date: 2021-09-01', 'date: 01/09/2021'))).toEqual([
			'testimonials/ana-lopez.md:4: `date` "01/09/2021" is not a real date; write it as YYYY-MM-DD, like 2024-03-14',
		]);
	});

	test('reports an unknown country code, and accepts lower case', async () => {
		expect(await report(edit('people/ana-lopez.yaml', 'country: PE', 'country: XY'))).toEqual([
			'people/ana-lopez.yaml:5: `country` "XY" is not a country code; use the two-letter ISO 3166-1 code, such as NG for Nigeria or PE for Peru',
		]);
		expect(await report(edit('people/ana-lopez.yaml', 'country: PE', 'country: Peru'))).toEqual([
			'people/ana-lopez.yaml:5: `country` "Peru" is a country\'s name; write its two-letter ISO 3166-1 code, PE',
		]);
		expect(await report(edit('people/ana-lopez.yaml', 'country: PE', 'country: united kingdom'))).toEqual([
			'people/ana-lopez.yaml:5: `country` "united kingdom" is a country\'s name; write its two-letter ISO 3166-1 code, GB',
		]);
		expect(await report(edit('people/ana-lopez.yaml', 'country: PE', 'country: Côte d’Ivoire'))).toEqual([
			'people/ana-lopez.yaml:5: `country` "Côte d’Ivoire" is a country\'s name; write its two-letter ISO 3166-1 code, CI',
		]);
	});

	test('reports a missing image and a damaged one', async () => {
		expect(await report({ 'people/photos/ana.jpg': null })).toEqual([
			'people/ana-lopez.yaml:7: `photo.src` names ./photos/ana.jpg, but there is no people/photos/ana.jpg. Add the image or fix the path (it is relative to this file)',
		]);
		expect(await report({ 'blog/2021/cover.jpg': 'not really a jpeg' })).toEqual([
			'blog/2021/notes.md:8: `cover.src` names ./cover.jpg, but that file is not a readable image (it may be damaged or only partly uploaded); export it again',
		]);
	});

	test('suggests the right name for a misspelt field', async () => {
		expect(await report(edit('blog/2021/notes.md', 'authors:', 'autors:'))).toEqual([
			'blog/2021/notes.md:2: `authors` is missing',
			'blog/2021/notes.md:4: `autors` is not a field here; did you mean `authors`?',
		]);
	});

	test('reports a missing required field and a bad language tag', async () => {
		expect(await report(edit('blog/2021/notes.md', /title: .*\n/, ''))).toEqual(['blog/2021/notes.md:2: `title` is missing: give the post a title']);
		expect(await report(edit('blog/2021/notes.md', 'lang: es', 'lang: spanish_peru'))).toEqual([
			'blog/2021/notes.md:9: `lang` "spanish_peru" is not a language tag; use a code such as en, es, ar or pt-BR',
		]);
		// Five to eight letters are valid BCP 47 syntax, but no language is written so.
		expect(await report(edit('blog/2021/notes.md', 'lang: es', 'lang: spanish'))).toEqual([
			'blog/2021/notes.md:9: `lang` "spanish" is not a language tag; use a code such as en, es, ar or pt-BR',
		]);
		expect(await report(edit('blog/2021/notes.md', 'lang: es', 'lang: zap-MX'))).toEqual([]);
	});

	test('points at the line of a YAML mistake, and at missing frontmatter', async () => {
		expect(await report(edit('blog/2021/notes.md', 'summary: What we talked about.', 'summary: Notes: what we "talked" about: it'))).toEqual([
			expect.stringMatching(/^blog\/2021\/notes\.md:7: this line has a formatting mistake: .+; text containing ": " must be put in quotes$/),
		]);
		expect(await report({ 'testimonials/ana-lopez.md': 'It changed how I run story time.\n' })).toEqual([
			'testimonials/ana-lopez.md has no frontmatter: the file must start with a line "---", then its fields (such as date: 2024-03-14), then another "---" line',
		]);
		expect(
			await report({ 'testimonials/ana-lopez.md': '---\nauthor: ana-lopez\nround: "2021"\ndate: 2021-09-01\nIt changed how I run story time.\n' }),
		).toEqual([
			'testimonials/ana-lopez.md:1: starts its fields with a "---" line but never closes them: add another "---" line after the last field, before the text',
		]);
	});

	test('enforces pairs or trios and a location for in-person convenings', async () => {
		expect(await report(edit('rounds/2021.yaml', 'members: [ana-lopez, kwame-mensah]', 'members: [ana-lopez]'))).toEqual([
			'rounds/2021.yaml:6: `groups[0].members` needs at least two people: partners work in pairs or trios',
		]);
		expect(await report(edit('convenings/lima-2021.md', 'location: { city: Lima, country: PE }\n', ''))).toEqual([
			'convenings/lima-2021.md:2: `location` is missing: in-person and hybrid convenings need a location, like { city: Lima, country: PE }',
		]);
	});

	test('reports a poster whose PDF is not in its folder', async () => {
		expect(await report({ 'posters/lima-accra/poster.pdf': null })).toEqual([
			"posters/lima-accra/index.md:5: `pdf` names poster.pdf, but there is no posters/lima-accra/poster.pdf. Add the PDF to the poster's folder or fix the file name",
		]);
	});

	test('checks the PDF of a poster with mistakes elsewhere too, and says when only the capitals differ', async () => {
		expect(
			await report({
				...edit('posters/lima-accra/index.md', 'pdf: poster.pdf', 'pdf: missing.pdf\nlicense: CC BY 4.0'),
				'posters/nairobi-oslo/index.md': (VALID_TREE['posters/lima-accra/index.md'] as string).replace('pdf: poster.pdf', 'pdf: Final Poster.pdf'),
				'posters/nairobi-oslo/Final Poster.PDF': VALID_TREE['posters/lima-accra/poster.pdf'] ?? null,
			}),
		).toEqual([
			"posters/lima-accra/index.md:5: `pdf` names missing.pdf, but there is no posters/lima-accra/missing.pdf. Add the PDF to the poster's folder or fix the file name",
			expect.stringMatching(/^posters\/lima-accra\/index\.md:6: `license` .*did you mean CC-BY-4\.0/),
			'posters/nairobi-oslo/index.md:5: `pdf` names Final Poster.pdf, but the file is called Final Poster.PDF: the name must match exactly, capitals too, so rename one of them',
		]);
	});

	test('warns when a post is dated in another year than its folder', async () => {
		expect(await warningsFor(edit('blog/2021/notes.md', 'date: 2021-03-01', 'date: 2020-12-30'))).toEqual({
			warnings: [
				'blog/2021/notes.md:3: `date` is in 2020, but the post is in content/blog/2021/, so its address says 2021 while the archive lists it under 2020; move it to content/blog/2020/ or fix the date',
			],
			problems: 0,
		});
	});

	test('warns while the text npm run new wrote is still in a summary or a body', async () => {
		const post = (VALID_TREE['blog/2021/notes.md'] as string).replace('summary: What we talked about.', `summary: ${JSON.stringify(STARTER_SUMMARY)}`);
		expect(await warningsFor({ 'blog/2021/notes.md': `${post}\n${STARTER_BODIES.blog}\n` })).toEqual({
			warnings: [
				expect.stringMatching(/^blog\/2021\/notes\.md:\d+: `summary` is still the text `npm run new` wrote; write one or two sentences of your own$/),
				expect.stringMatching(/^blog\/2021\/notes\.md:\d+: still has the text `npm run new` wrote in place of your own; replace it before this is published$/),
			],
			problems: 0,
		});
		expect(await warningsFor({ 'posters/lima-accra/index.md': `${VALID_TREE['posters/lima-accra/index.md'] as string}${STARTER_BODIES.posters}\n` })).toEqual({
			warnings: [expect.stringMatching(/^posters\/lima-accra\/index\.md:\d+: still has the text `npm run new` wrote/)],
			problems: 0,
		});
	});

	test('refuses a page whose address the site uses itself', async () => {
		expect(await report({ 'pages/blog.md': '---\ntitle: Blog\ndescription: Our blog.\n---\nText.\n' })).toEqual([
			'pages/blog.md would take the address /blog/, which the site uses itself; rename the file',
		]);
	});

	test('reports a testimonial dated in the future', async () => {
		expect(await report(edit('testimonials/ana-lopez.md', 'date: 2021-09-01', 'date: 2099-09-01'))).toEqual([
			'testimonials/ana-lopez.md:4: `date` 2099-09-01 is in the future; use the day the testimonial was written',
		]);
	});

	test('reports a poster PDF that is broken, password-protected or not a PDF', async () => {
		expect(await report({ 'posters/lima-accra/poster.pdf': 'Dear coordinators, the poster is attached' })).toEqual([
			'posters/lima-accra/poster.pdf is not a PDF; export the poster as PDF and upload that file',
		]);
		expect(await report({ 'posters/lima-accra/poster.pdf': makePdf({ pages: [{ width: 100, height: 100 }], encrypted: true }) })).toEqual([
			'posters/lima-accra/poster.pdf is password-protected; export it again without a password',
		]);
		expect(await report({ 'posters/lima-accra/poster.pdf': makePdf({ pages: [{ width: 100, height: 100 }] }).subarray(0, 50) })).toEqual([
			'posters/lima-accra/poster.pdf is damaged or only partly uploaded and cannot be read; export it again as PDF and upload the new file',
		]);
	});

	test('reports files the site would silently skip, and two files with one address', async () => {
		expect(
			await report({
				'blog/2021/draft-notes.markdown': '# notes',
				'testimonials/kwame.mdx': '---\n---\n',
				'posters/extra.md': '---\ntitle: x\n---\n',
				'news/item.md': 'x',
				'blog/2021/Notes.md': VALID_TREE['blog/2021/notes.md'] ?? '',
				'blog/2021/Visit to Lima.MD': VALID_TREE['blog/2021/notes.md'] ?? '',
				'people/jane-doe.YAML': VALID_TREE['people/ana-lopez.yaml'] ?? '',
				'posters/stray.pdf': '%PDF-1.4',
				'posters/only-pdf/poster.pdf': '%PDF-1.4',
				'posters/only-pdf/drafts/first.pdf': '%PDF-1.4',
				// Anything else in a poster's folder belongs to its poster.
				'posters/lima-accra/drafts/first.pdf': '%PDF-1.4',
			}),
		).toEqual([
			'blog/2021/draft-notes.markdown is not where the site looks for it, so it would not be published; it should be content/blog/<year>/<slug>.md',
			// Notes.md and notes.md both become /blog/2021/notes/.
			expect.stringMatching(/^blog\/2021\/(N|n)otes\.md has the same address as blog\/2021\/(N|n)otes\.md \(\/blog\/2021\/notes\/\); rename one of them$/),
			'blog/2021/Visit to Lima.MD ends in .MD, in capitals, and the site reads only lower-case names like .md; rename it to Visit to Lima.md',
			'news/item.md is not in a folder the site reads; content goes in content/program.yaml, content/people, content/rounds, content/blog, content/testimonials, content/convenings, content/posters, content/pages, content/events, content/opportunities, content/comments, content/redirects.yaml',
			'people/jane-doe.YAML ends in .YAML, in capitals, and the site reads only lower-case names like .yaml; rename it to jane-doe.yaml',
			'posters/extra.md is not where the site looks for it, so it would not be published; it should be content/posters/<slug>/index.md',
			'posters/only-pdf/drafts/first.pdf is in content/posters/only-pdf/, which has no index.md, so the poster would not be published; add content/posters/only-pdf/index.md with its title, partners and round (`npm run new -- poster` writes one)',
			'posters/only-pdf/poster.pdf is in content/posters/only-pdf/, which has no index.md, so the poster would not be published; add content/posters/only-pdf/index.md with its title, partners and round (`npm run new -- poster` writes one)',
			"posters/stray.pdf is not in a poster's folder, so it would not be published; put it in its own folder, content/posters/<slug>/, with an index.md",
			'testimonials/kwame.mdx is MDX, which runs code when the site is built and is only accepted from coordinators in content/convenings/ and content/pages/; rename it to .md',
		]);
	});

	test('reports every problem in every file at once', async () => {
		const lines = await report({
			...edit('blog/2021/notes.md', 'date: 2021-03-01', 'date: 2021-13-01'),
			...edit('people/kwame-mensah.yaml', 'country: gh', 'country: ZZ'),
			...edit('testimonials/ana-lopez.md', 'author: ana-lopez', 'author: ana'),
		});
		expect(lines).toHaveLength(3);
		expect(lines.map((line) => line.split(':')[0])).toEqual(['blog/2021/notes.md', 'people/kwame-mensah.yaml', 'testimonials/ana-lopez.md']);
	});

	test('one file with several independent mistakes gets one line for each', async () => {
		const post = (VALID_TREE['blog/2021/notes.md'] as string)
			.replace('summary: What we talked about.\n', '')
			.replace('authors: [ana-lopez, kwame-mensah]', 'authors: [ana-lopez, kwame-mensa]')
			.replace('date: 2021-03-01', 'date: 2021-02-30');
		expect(await report({ 'blog/2021/notes.md': post })).toEqual([
			'blog/2021/notes.md:2: `summary` is missing: write one or two sentences for lists and search results',
			'blog/2021/notes.md:3: `date` "2021-02-30" is not a real date; write it as YYYY-MM-DD, like 2024-03-14',
			'blog/2021/notes.md:4: `authors[1]` names "kwame-mensa", who is not in content/people/. Did you mean kwame-mensah? Add content/people/kwame-mensa.yaml or fix the id',
		]);
		// An image and a reference inside a list whose other item is broken are still checked.
		const convening = (VALID_TREE['convenings/lima-2021.md'] as string).replace(
			'gallery:\n',
			'round: "2019"\ngallery:\n  - { src: ./lima/missing.jpg, alt: A missing photo, caption: Gone }\n  - { src: ./lima/room.jpg }\n',
		);
		expect(await report({ 'convenings/lima-2021.md': convening })).toEqual([
			'convenings/lima-2021.md:8: `round` names "2019", which is not in content/rounds/. Add content/rounds/2019.yaml or fix the id',
			'convenings/lima-2021.md:10: `gallery[0].src` names ./lima/missing.jpg, but there is no convenings/lima/missing.jpg. Add the image or fix the path (it is relative to this file)',
			'convenings/lima-2021.md:11: `gallery[1].alt` is missing: describe what the image shows, for readers who cannot see it',
			'convenings/lima-2021.md:11: `gallery[1].caption` is missing: write a caption for the photo',
		]);
	});

	test('names the exact line of a field deep inside a list', async () => {
		const round = `title: Round 2021
start: 2021-02-01
end: 2021-07-31
groups:
  - members: [ana-lopez, kwame-mensah]
  - name: Lima–Accra
    members:
      - ana-lopez
      - kwame-mensa
`;
		expect(await report({ 'rounds/2021.yaml': round })).toEqual([
			'rounds/2021.yaml:9: `groups[1].members[1]` names "kwame-mensa", who is not in content/people/. Did you mean kwame-mensah? Add content/people/kwame-mensa.yaml or fix the id',
		]);
	});

	const RUNS_CODE = "import { writeFileSync } from 'node:fs';\nexport const x = writeFileSync('ran-at-build.txt', 'ran');\n";
	test('refuses MDX in every folder participants write in, and program code anywhere', async () => {
		const lines = await report({
			'blog/2021/anything.mdx': `---\ntitle: x\n---\n${RUNS_CODE}`,
			'testimonials/anything.mdx': RUNS_CODE,
			'posters/lima-accra/index.mdx': RUNS_CODE,
			'people/anything.mdx': RUNS_CODE,
			'convenings/helper.js': RUNS_CODE,
			'pages/Widget.astro': '---\nconsole.log(1)\n---\n',
			'blog/2021/tool.mjs': RUNS_CODE,
			'posters/lima-accra/script.ts': RUNS_CODE,
		});
		const mdx = (file: string) =>
			`${file} is MDX, which runs code when the site is built and is only accepted from coordinators in content/convenings/ and content/pages/; rename it to .md`;
		const code = (file: string, extension: string) =>
			`${file} is program code (${extension}), which could run when the site is built; content/ holds only Markdown, YAML, images and PDFs, so remove it`;
		expect(lines).toEqual([
			mdx('blog/2021/anything.mdx'),
			code('blog/2021/tool.mjs', '.mjs'),
			code('convenings/helper.js', '.js'),
			code('pages/Widget.astro', '.astro'),
			mdx('people/anything.mdx'),
			mdx('posters/lima-accra/index.mdx'),
			code('posters/lima-accra/script.ts', '.ts'),
			mdx('testimonials/anything.mdx'),
		]);
	});

	test('no loader of a participants’ folder reads MDX or code, so a build cannot compile it even unchecked', () => {
		for (const source of Object.values(SOURCES)) {
			const folder = source.path;
			const samples = ['a.mdx', 'x/index.mdx', '2024/a.mdx', 'a.astro', 'a.js', 'a.ts', 'a.mjs', 'x/index.js'];
			const matched = samples.filter((sample) => path.matchesGlob(sample, source.pattern));
			if (source.coordinatorsOnly)
				expect(
					matched.filter((sample) => !sample.endsWith('.mdx')),
					folder,
				).toEqual([]);
			else expect(matched, folder).toEqual([]);
		}
		expect(
			Object.entries(SOURCES)
				.filter(([, source]) => source.pattern.includes('mdx'))
				.map(([name]) => name),
		).toEqual(['convenings', 'pages']);
	});

	test('accepts only assigned country codes, and suggests the current one for an old code', async () => {
		expect(await report(edit('people/ana-lopez.yaml', 'country: PE', 'country: UK'))).toEqual([
			'people/ana-lopez.yaml:5: `country` "UK" is not an ISO 3166-1 country code; did you mean GB (United Kingdom)?',
		]);
		expect(await report(edit('people/ana-lopez.yaml', 'country: PE', 'country: ZR'))).toEqual([
			'people/ana-lopez.yaml:5: `country` "ZR" is not an ISO 3166-1 country code; did you mean CD (Congo - Kinshasa)?',
		]);
		for (const reserved of ['EA', 'IC', 'AC', 'EU', 'QO']) {
			expect(await report(edit('people/ana-lopez.yaml', 'country: PE', `country: ${reserved}`))).toEqual([
				`people/ana-lopez.yaml:5: \`country\` "${reserved}" is not a country code; use the two-letter ISO 3166-1 code, such as NG for Nigeria or PE for Peru`,
			]);
		}
	});

	test('accepts only SPDX licence ids, and suggests the id for a near miss', async () => {
		const poster = (license: string) => edit('posters/lima-accra/index.md', 'pdf: poster.pdf', `license: ${license}\npdf: poster.pdf`);
		expect(await report(poster('CC BY 4.0'))).toEqual([
			'posters/lima-accra/index.md:5: `license` "CC BY 4.0" is not a licence id; did you mean CC-BY-4.0? (Licences are written as SPDX ids: https://spdx.org/licenses/)',
		]);
		expect(await report(poster('Creative Commons, please'))).toEqual([
			'posters/lima-accra/index.md:5: `license` "Creative Commons, please" is not a licence id; use an SPDX id such as CC-BY-4.0 or CC-BY-NC-SA-4.0 (the list: https://spdx.org/licenses/)',
		]);
		expect(await report(poster('cc-by-sa-4.0'))).toEqual([]);
	});

	test('a given name needs a family name', async () => {
		expect(await report(edit('people/ana-lopez.yaml', 'roles: [participant]', 'givenName: Ana\nroles: [participant]'))).toEqual([
			'people/ana-lopez.yaml:1: `familyName` is missing: a person with a `givenName` needs a `familyName` too, so citations can tell them apart',
		]);
	});

	test('renders posters when asked, so a PDF too slow to draw is in the same report as everything else', async () => {
		const { dir, cleanup } = writeContentTree({
			...edit('testimonials/ana-lopez.md', 'author: ana-lopez', 'author: ana'),
			'posters/lima-accra/poster.pdf': makePdf({ pages: [{ width: 1684, height: 2384, drawing: slowDrawing(3_000_000) }] }),
		});
		cleanups.push(cleanup);
		const progress: number[] = [];
		const { problems } = await checkContent({
			contentDir: dir,
			relativeTo: dir,
			renderPosters: {
				cacheDir: path.join(dir, '.cache'),
				options: { timeoutMs: 1000, memoryLimitMb: 1024, processes: 1, download: DEFAULT_DOWNLOAD_LIMITS },
				onProgress: (done) => progress.push(done),
			},
		});
		expect(sortProblems(problems).map(formatProblem)).toEqual([
			'posters/lima-accra/poster.pdf took too long to render (over 1 s); simplify it (flatten very complex drawings or effects) and export it again',
			'testimonials/ana-lopez.md:2: `author` names "ana", who is not in content/people/. Add content/people/ana.yaml or fix the id',
		]);
		expect(progress).toEqual([1]);
	}, 30_000);

	test('a PDF larger than the program keeps in git is a thing to finish: keep it in a repository and name its address', async () => {
		const found = await (async () => {
			const { dir, cleanup } = writeContentTree({
				'program.yaml': `${VALID_TREE['program.yaml'] as string}posterSizeLimitMb: 0.0001\n`,
			});
			cleanups.push(cleanup);
			return checkContent({ contentDir: dir, relativeTo: dir });
		})();
		expect([...found.problems.map((problem) => [false, formatProblem(problem)]), ...found.warnings.map((problem) => [true, formatProblem(problem)])]).toEqual([
			[
				true,
				expect.stringMatching(
					/^posters\/lima-accra\/poster\.pdf is 0 MB, over the 0\.0001 MB this program keeps in the repository \(posterSizeLimitMb in program\.yaml\): put it in a repository such as Zenodo or OSF and give its https:\/\/ address in `pdf` instead$/,
				),
			],
		]);
	});

	test('a poster’s PDF is a file beside it or an https address', async () => {
		const poster = (pdf: string) => edit('posters/lima-accra/index.md', 'pdf: poster.pdf', `pdf: ${pdf}`);
		expect(await report(poster('http://zenodo.example.org/records/1/files/poster.pdf'))).toEqual([
			'posters/lima-accra/index.md:5: `pdf` must be an https:// address (or the name of a .pdf file in the same folder)',
		]);
		expect(await report(poster('../other/poster.pdf'))).toEqual([
			'posters/lima-accra/index.md:5: `pdf` must be the name of a .pdf file in the same folder, like poster.pdf, or the https:// address of the PDF in a repository',
		]);
		// Without rendering (as here), an address is not fetched; the build downloads it (see tests/site/remote-posters.test.ts).
		expect(await report(poster('https://zenodo.example.org/records/1/files/poster.pdf'))).toEqual([]);
	});

	test('warns, without a problem, when a round’s entered figures disagree with its groups, naming the file, the field and both numbers', async () => {
		expect(await warningsFor({})).toEqual({ warnings: [], problems: 0 });
		const disagreeing = edit('rounds/2021.yaml', 'participants: 2, participantCountries: 2', 'participants: 3, participantCountries: 1');
		expect(await warningsFor(disagreeing)).toEqual({
			warnings: [
				"rounds/2021.yaml:4: `figures.participantCountries` says 1, but the round's groups have people from 2 countries; correct one of them",
				"rounds/2021.yaml:4: `figures.participants` says 3, but the round's groups have 2 people; correct one of them",
			],
			problems: 0,
		});
		// Figures left out are not compared; a round without groups has nothing to compare with.
		expect(await warningsFor(edit('rounds/2021.yaml', ', participants: 2, participantCountries: 2', ''))).toEqual({ warnings: [], problems: 0 });
		expect(await warningsFor(edit('rounds/2021.yaml', /groups:\n.*\n$/, ''))).toMatchObject({ warnings: [] });
	});

	test('does not count a round whose groups name someone unknown: that is a problem of its own', async () => {
		const unknown = edit('rounds/2021.yaml', 'members: [ana-lopez, kwame-mensah]', 'members: [ana-lopez, kwame-mensa]');
		expect(await warningsFor(unknown)).toEqual({ warnings: [], problems: 1 });
	});

	test('the sample program has one warning, the deliberate mismatch in its 2023 round, and no problem', async () => {
		const sample = path.resolve(import.meta.dirname, '../..', SAMPLE_CONTENT);
		const { problems, warnings } = await checkContent({ contentDir: sample, relativeTo: sample });
		expect(problems.map(formatProblem)).toEqual([]);
		expect(warnings.map(formatProblem)).toEqual([
			"rounds/2023.yaml:15: `figures.participants` says 6, but the round's groups have 7 people; correct one of them",
		]);
	});
});
