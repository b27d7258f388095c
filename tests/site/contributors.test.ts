/**
 * What contributors meet: the scaffolder writes files that pass the checker
 * and build, and a participant's post cannot put script into the site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatProblem } from '../../src/content-check/problem.ts';
import { PROJECT_ROOT, SAMPLE, astroBuild } from '../support/build.ts';
import { makePdf } from '../support/make-pdf.ts';

const content = mkdtempSync(path.join(tmpdir(), 'interlibrary-contributors-'));
const out = path.join(content, '..', `${path.basename(content)}-dist`);
afterAll(() => {
	rmSync(content, { recursive: true, force: true });
	rmSync(out, { recursive: true, force: true });
});
cpSync(SAMPLE, content, { recursive: true });

function scaffold(...args: string[]) {
	const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/new.ts'), ...args], {
		cwd: PROJECT_ROOT,
		env: { ...process.env, INTERLIBRARY_CONTENT: content },
		encoding: 'utf8',
	});
	return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const EVIL_POST = `---
title: What survives in a post
date: 2024-03-02
authors: [adaeze-okafor]
summary: Raw HTML in a participant's post.
---
Before the script <script>window.__pwned = 1</script> after the script.

<img src="x" onerror="window.__pwned = 2">

[a bad link](javascript:window.__pwned=3) and [a good link](https://example.org/reading).

<iframe src="https://evil.example.com/embed/x"></iframe>

<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/a1B2c3D4e5F" title="Our first video call" frameborder="0" allowfullscreen></iframe>

Water is H<sub>2</sub>O.
`;

describe('contributors', () => {
	test('the scaffolder refuses unknown people, and says how to fix it', () => {
		const { code, output } = scaffold('post', '--title', 'A post', '--author', 'nobody-here');
		expect(code).toBe(1);
		expect(output).toContain('`author` names "nobody-here", who is not in content/people/; use their file name without .yaml');
	});

	test('--help, a mistyped flag and flags npm took (no --) end in a plain line, never a stack trace', () => {
		expect(scaffold('--help')).toMatchObject({ code: 0, output: expect.stringMatching(/^Usage: npm run new -- <post\|testimonial/) });
		const typo = scaffold('post', '--titel', 'A visit');
		expect(typo.code).toBe(1);
		expect(typo.output).toMatch(/^There is no option --titel\. Did you mean --title\?\n\nUsage: npm run new/);
		expect(scaffold('post', 'A visit')).toMatchObject({
			code: 1,
			output: '"A visit" came without a flag. Put -- after `npm run new` so that the flags reach it: npm run new -- post --title "…"\n',
		});
		expect(scaffold('post', '--title').output).toMatch(/^--title needs a value after it/);
		for (const { output } of [typo, scaffold('post', '--title')]) expect(output).not.toMatch(/^\s+at /m);
	});

	test('a poster whose folder already has its PDF is refused, and the PDF there is kept', () => {
		const kept = readFileSync(path.join(content, 'posters/lagos-lima/poster.pdf'));
		const source = path.join(content, 'another.pdf');
		writeFileSync(source, makePdf({ pages: [{ width: 1684, height: 2384, lines: ['Another poster'] }] }));
		const result = scaffold('poster', '--title', 'Lagos Lima again', '--author', 'adaeze-okafor', '--round', '2024', '--slug', 'lagos-lima', '--pdf', source);
		expect(result.code).toBe(1);
		expect(result.output).toMatch(/already exists/);
		expect(readFileSync(path.join(content, 'posters/lagos-lima/poster.pdf')).equals(kept)).toBe(true);
		// A folder with a PDF and no index.md yet: the PDF is still not replaced, and nothing is written.
		cpSync(path.join(content, 'posters/lagos-lima/poster.pdf'), path.join(content, 'posters/only-a-pdf/poster.pdf'));
		const onlyPdf = scaffold('poster', '--title', 'Only a PDF', '--author', 'adaeze-okafor', '--round', '2024', '--slug', 'only-a-pdf', '--pdf', source);
		expect(onlyPdf).toMatchObject({
			code: 1,
			output: expect.stringContaining(
				'posters/only-a-pdf/poster.pdf already exists, and this would replace it; choose another --slug, or leave out --pdf to keep that file.',
			),
		});
		expect(readFileSync(path.join(content, 'posters/only-a-pdf/poster.pdf')).equals(kept)).toBe(true);
		expect(existsSync(path.join(content, 'posters/only-a-pdf/index.md'))).toBe(false);
		rmSync(path.join(content, 'posters/only-a-pdf'), { recursive: true });
		rmSync(source);
	});

	test('scaffolded entries of every kind pass the checker and build; participant HTML cannot run script', async () => {
		const pdf = path.join(content, 'incoming.pdf');
		writeFileSync(pdf, makePdf({ pages: [{ width: 1684, height: 2384, lines: ['Two libraries, one list'] }] }));
		const made = [
			scaffold(
				'post',
				'--title',
				'Our second call',
				'--author',
				'adaeze-okafor',
				'--round',
				'2024',
				'--tags',
				'partnership,time zones',
				'--date',
				'2024-03-05',
			),
			scaffold('testimonial', '--author', 'lucia-quispe', '--round', '2024', '--quote', 'I learned to ask better questions.', '--date', '2024-09-01'),
			// A second testimonial by the same person in the same round needs a name of its own.
			scaffold('testimonial', '--author', 'lucia-quispe', '--round', '2024', '--slug', 'lucia-quispe-2024-after-the-convening', '--date', '2024-10-01'),
			scaffold(
				'poster',
				'--title',
				'Two Libraries, One List',
				'--author',
				'adaeze-okafor,lucia-quispe',
				'--round',
				'2025',
				'--topics',
				'reading promotion',
				'--pdf',
				pdf,
			),
			scaffold(
				'convening',
				'--title',
				'Nairobi Convening',
				'--format',
				'hybrid',
				'--start',
				'2025-06-01',
				'--end',
				'2025-06-02',
				'--city',
				'Nairobi',
				'--country',
				'KE',
			),
			scaffold('person', '--name', 'Ana López', '--library', 'Biblioteca Central', '--city', 'Lima', '--country', 'PE', '--round', '2025'),
		];
		for (const result of made) expect(result.code, result.output).toBe(0);
		rmSync(pdf);
		writeFileSync(path.join(content, 'blog/2024/what-survives.md'), EVIL_POST);

		const { problems, warnings } = await checkContent({ contentDir: content, relativeTo: content });
		expect(problems.map(formatProblem)).toEqual([]);
		// Until the authors write their own words, the checker reminds them, entry by entry.
		expect(warnings.filter((warning) => /`npm run new` wrote/.test(warning.message)).map((warning) => warning.file)).toEqual(
			expect.arrayContaining(['blog/2024/our-second-call.md', 'testimonials/lucia-quispe-2024-after-the-convening.md', 'convenings/nairobi-convening.md']),
		);

		const build = await astroBuild({ INTERLIBRARY_CONTENT: content }, ['--outDir', out]);
		expect(build.code, build.output).toBe(0);
		const page = (sitePath: string) => readFileSync(path.join(out, sitePath, 'index.html'), 'utf8');
		expect(page('blog/2024/our-second-call')).toContain('<h1');
		expect(page('testimonials/lucia-quispe-2024')).toContain('I learned to ask better questions.');
		expect(page('posters/two-libraries-one-list')).toContain('Two Libraries, One List');
		expect(page('convenings/nairobi-convening')).toContain('Nairobi');
		expect(page('people/ana-lopez')).toContain('Ana López');

		const evil = page('blog/2024/what-survives');
		const body = evil.slice(evil.indexOf('<div class="prose"'), evil.indexOf('</article>'));
		expect(body).toContain('Before the script');
		expect(body).not.toMatch(/<script/i);
		expect(body).not.toMatch(/\son\w+=/i);
		expect(body).not.toMatch(/javascript:/i);
		expect(body).not.toContain('evil.example.com');
		expect(body).toContain('<a href="https://example.org/reading">a good link</a>');
		expect(body).toMatch(
			/<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/a1B2c3D4e5F" title="Our first video call" loading="lazy"[^>]* sandbox="[^"]+"/,
		);
		expect(body).toContain('H<sub>2</sub>O');
	});
});
