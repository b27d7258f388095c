/**
 * The checker in Spanish (`npm run check -- --lang es`): every line it can
 * write has a Spanish line, translations are checked, and a language without
 * a line falls back to English line by line.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { STARTER_BODIES, STARTER_SUMMARY } from '../../src/lib/starter-text.ts';
import { formatProblem, sortProblems } from '../../src/content-check/problem.ts';
import { hasTranslation, summaryLine, translateMessage } from '../../src/content-check/translate-lines.ts';
import { plainMessage } from '../../src/content-check/zod-messages.ts';
import { describePosterProblem, type PosterProblem } from '../../src/lib/pdf/poster-problem.ts';
import { type Tree, VALID_TREE, writeContentTree } from '../support/content-tree.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

let cleanups: (() => void)[] = [];
afterEach(() => {
	for (const cleanup of cleanups) cleanup();
	cleanups = [];
});

function edit(file: string, from: string | RegExp, to: string): Tree {
	const original = VALID_TREE[file];
	if (typeof original !== 'string') throw new Error(`${file} is not a text file of the valid tree`);
	const changed = original.replace(from, to);
	if (changed === original) throw new Error(`${String(from)} is not in ${file}`);
	return { [file]: changed };
}

/** Content with a mistake of nearly every kind, each in its own file. */
const BROKEN: Tree = {
	...edit('blog/2021/notes.md', 'authors: [ana-lopez, kwame-mensah]', 'authors: [ana-lopez, kwame-mensa]\nautors: [x]'),
	...edit('testimonials/ana-lopez.md', 'round: "2021"', 'round: "2019"\ntranslationOf: nobody'),
	...edit('rounds/2021.yaml', 'end: 2021-07-31', 'end: 2020-07-31'),
	...edit('people/ana-lopez.yaml', 'country: PE', 'country: Peru'),
	...edit('convenings/lima-2021.md', 'format: in-person', 'format: outdoors'),
	...edit('posters/lima-accra/index.md', 'pdf: poster.pdf', 'pdf: missing.pdf\nlicense: CC BY'),
	'blog/2021/no-title.md': '---\ndate: 2021-13-01\nauthors: []\nsummary: ""\ntags: nope\nlang: english\n---\nText with ![](./nowhere.png)\n',
	'blog/2021/notas.md':
		'---\ntitle: Notas\ndate: 2021-03-02\nauthors: [ana-lopez]\nsummary: Lo que hablamos.\nlang: es\ntranslationOf: 2021/notes\n---\nHola.\n',
	'blog/2021/self.md': '---\ntitle: Self\ndate: 2021-03-03\nauthors: [ana-lopez]\nsummary: Itself.\ntranslationOf: 2021/self\n---\nText.\n',
	'pages/es.md': '---\ntitle: Español\ndescription: Una página.\n---\nTexto.\n',
	'script.js': 'alert(1)',
	'testimonials/kwame.MD': 'x',
	'testimonials/unclosed.md': '---\nauthor: ana-lopez\nround: "2021"\nStory time changed.\n',
	'testimonials/no-fields.md': 'Story time changed.\n',
	'blog/2021/unfinished.md': `---\ntitle: Unfinished\ndate: 2020-03-04\nauthors: [ana-lopez]\nsummary: ${JSON.stringify(STARTER_SUMMARY)}\n---\n${STARTER_BODIES.blog}\n`,
	'posters/stray.pdf': '%PDF-1.4',
	'posters/only-pdf/poster.pdf': '%PDF-1.4',
	'program.yaml': `${VALID_TREE['program.yaml'] as string}interfaceLanguages: [en, xx]\nbase: program\n`,
};

describe('the checker in Spanish', () => {
	test('every line the checker writes about broken content has a Spanish line', async () => {
		const { dir, cleanup } = writeContentTree(BROKEN);
		cleanups.push(cleanup);
		const { problems, warnings } = await checkContent({ contentDir: dir, relativeTo: dir });
		const messages = [...problems, ...warnings].map((problem) => problem.message);
		expect(messages.length).toBeGreaterThan(12);
		expect(messages.filter((message) => !hasTranslation(message, 'es'))).toEqual([]);
	});

	test('translation mistakes are found: an id that is not there, the entry itself, the same language', async () => {
		const { dir, cleanup } = writeContentTree(BROKEN);
		cleanups.push(cleanup);
		const lines = sortProblems((await checkContent({ contentDir: dir, relativeTo: dir })).problems).map(formatProblem);
		expect(lines).toContain(
			'testimonials/ana-lopez.md:4: `translationOf` names "nobody", which is not an entry in content/testimonials/; use the id of the entry this one translates (its path without .md), or delete the line',
		);
		expect(lines).toContain('blog/2021/self.md:6: `translationOf` names this entry itself; name the entry this one translates');
		expect(lines).toContain(
			'blog/2021/notas.md:7: `translationOf` names "2021/notes", which is in the same language (es); a translation is in another language',
		);
		expect(lines).toContain('pages/es.md would take the address /es/, which the site uses itself; rename the file');
	});

	test('every kind of field message and poster PDF problem has a Spanish line', () => {
		const issues = [
			{ code: 'invalid_type', expected: 'string', input: undefined },
			{ code: 'invalid_type', expected: 'string', input: null },
			...['string', 'number', 'int', 'boolean', 'array', 'object', 'date'].map((expected) => ({ code: 'invalid_type', expected, input: 1 })),
			{ code: 'too_small', origin: 'array', minimum: 1 },
			{ code: 'too_small', origin: 'array', minimum: 2 },
			{ code: 'too_small', origin: 'string', minimum: 1 },
			{ code: 'too_small', origin: 'number', minimum: 0 },
			{ code: 'too_big', origin: 'array', maximum: 3 },
			{ code: 'too_big', origin: 'string', maximum: 400 },
			{ code: 'too_big', origin: 'number', maximum: 9 },
			{ code: 'invalid_value', values: ['a', 'b'] },
			{ code: 'invalid_format', format: 'url' },
			{ code: 'invalid_format', format: 'email' },
		];
		for (const issue of issues) {
			const message = plainMessage(issue as never) ?? '';
			expect(hasTranslation(message, 'es'), message).toBe(true);
		}
		const kinds: PosterProblem[] = [
			{ kind: 'missing' },
			{ kind: 'empty-file' },
			{ kind: 'not-a-pdf', detail: 'a PNG image' },
			{ kind: 'not-a-pdf' },
			{ kind: 'damaged' },
			{ kind: 'password' },
			{ kind: 'no-pages' },
			{ kind: 'page-too-large', detail: '5000 × 5000 mm' },
			{ kind: 'timeout', detail: '30 s' },
			{ kind: 'too-much-memory', detail: '2 GB', largeImage: { width: 20000, height: 20000 } },
			{ kind: 'too-much-memory', detail: '2 GB' },
			{ kind: 'download-failed', detail: 'HTTP 404' },
			{ kind: 'download-too-large', detail: '300 MB' },
			{ kind: 'render-failed', detail: 'out of range' },
		];
		for (const problem of kinds) {
			const message = describePosterProblem(problem);
			expect(hasTranslation(message, 'es'), message).toBe(true);
		}
	});

	test('a message is translated with its parts in place, a nested reason too', () => {
		expect(translateMessage('names "kwame-mensa", who is not in content/people/. Add content/people/kwame-mensa.yaml or fix the id', 'es')).toBe(
			'nombra «kwame-mensa», que no está en content/people/. Añade content/people/kwame-mensa.yaml o corrige el id',
		);
		expect(translateMessage('names https://example.org/p.pdf, which is password-protected; export it again without a password', 'es')).toBe(
			'nombra https://example.org/p.pdf, que está protegido con contraseña; vuelve a exportarlo sin contraseña',
		);
		expect(summaryLine('problems', 'es', { count: 3 })).toBe('3 problemas en el contenido:');
	});

	test('a language without checker lines falls back to English, line by line', () => {
		expect(translateMessage('is missing', 'fr')).toBe('is missing');
		expect(translateMessage('something new the checker says', 'es')).toBe('something new the checker says');
		expect(summaryLine('problems', 'fr', { count: 1 })).toBe('1 problem in the content:');
	});

	test('npm run check -- --lang es, and its GitHub annotations, in Spanish', () => {
		const { dir, cleanup } = writeContentTree(edit('blog/2021/notes.md', 'authors: [ana-lopez, kwame-mensah]', 'authors: [ana-lopez, kwame-mensa]'));
		cleanups.push(cleanup);
		const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/check.ts'), '--lang', 'es', '--format', 'github'], {
			cwd: PROJECT_ROOT,
			env: { ...process.env, INTERLIBRARY_CONTENT: dir },
			encoding: 'utf8',
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('1 problema en el contenido:');
		expect(result.stderr).toContain('`authors[1]` nombra «kwame-mensa», que no está en content/people/.');
		expect(result.stderr).toContain('Corrige cada problema de arriba y vuelve a ejecutar `npm run check`.');
		expect(result.stdout).toMatch(/::error file=.*notes\.md,line=4,title=Problema en el contenido::`authors\[1\]` nombra «kwame-mensa»/);
	});
});
