/**
 * Adopting the product: `npm run init` starts an empty program that passes
 * the check and builds; `npm run verify` (the program's own check) runs the
 * quality gate on programs other than the sample; and a program's content in
 * content/ never turns the product's own tests red.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cleanEnvironment, PROJECT_ROOT } from '../support/build.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'interlibrary-adopting-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs one of the project's scripts as `npm run <name>` would, on the content folder given. */
function run(script: string, args: string[], content: string, cwd = PROJECT_ROOT) {
	const result = spawnSync(process.execPath, [path.join(cwd, 'scripts', `${script}.ts`), ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...cleanEnvironment(), INTERLIBRARY_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
	});
	return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run init', () => {
	test('starts an empty program that passes the check, builds and passes the gate, with a home page that says what to add first', () => {
		const content = path.join(scratch, 'our-network');
		const init = run('init', ['--yes', '--name', 'Our Network'], content);
		expect(init.code, init.output).toBe(0);
		expect(init.output).toContain('Your program is ready, and empty');
		expect(readFileSync(path.join(content, 'program.yaml'), 'utf8')).toMatch(/^name: Our Network$/m);

		expect(run('check', [], content).output).toContain('Content is fine');

		const out = path.join(scratch, 'our-network-dist');
		const verify = run('verify', ['--out-dir', out], content);
		expect(verify.code, verify.output).toBe(0);
		expect(verify.output).toMatch(/Checked \d+ pages/);
		expect(verify.output).toContain('Everything passed.');
		// Started without --site, it is built for this computer's address, and the build says what that means.
		expect(verify.output).toContain("The site's address is http://localhost:4321/ (`site` in program.yaml), this computer's");
		const home = readFileSync(path.join(out, 'index.html'), 'utf8');
		expect(home).toMatch(/<h1[^>]*>Our Network<\/h1>/);
		expect(home).toContain('Getting started');
		expect(home).toContain('npm run new -- person');
		// The example round is this year's, named with the program's word for a round.
		expect(home).toMatch(new RegExp(`npm run new -- round --title (&quot;|")Round ${new Date().getUTCFullYear()}(&quot;|")`));
		// With no rounds, the figures page says so, with no empty chart or map, and the open data files are there, empty.
		const figures = readFileSync(path.join(out, 'figures', 'index.html'), 'utf8');
		expect(figures).toMatch(/<h1[^>]*>Our Network in figures<\/h1>/);
		expect(figures).toContain('No rounds yet: the figures start with the first one.');
		expect(figures).not.toContain('<svg');
		expect(readFileSync(path.join(out, 'figures', 'rounds.csv'), 'utf8')).toMatch(/^round,title,start,end,applicants,/);
		expect(JSON.parse(readFileSync(path.join(out, 'figures', 'program.json'), 'utf8')).totals).toEqual({
			rounds: 0,
			participants: 0,
			countries: 0,
			continents: 0,
			groups: 0,
		});
	}, 300_000);

	test('never overwrites a content folder that holds files, and names every mistake in the answers', () => {
		const content = path.join(scratch, 'existing');
		mkdirSync(path.join(content, 'blog'), { recursive: true });
		writeFileSync(path.join(content, 'blog', 'post.md'), 'mine');
		const refused = run('init', ['--yes', '--name', 'Another'], content);
		expect(refused.code).toBe(1);
		expect(refused.output).toMatch(/already holds blog\/: init only starts a new, empty program and never overwrites anything/);
		expect(readFileSync(path.join(content, 'blog', 'post.md'), 'utf8')).toBe('mine');
		expect(existsSync(path.join(content, 'program.yaml'))).toBe(false);

		const wrong = run('init', ['--yes', '--name', 'Bad Answers', '--languages', 'english', '--site', 'our site'], path.join(scratch, 'bad'));
		expect(wrong.code).toBe(1);
		expect(wrong.output).toContain('`languages.0` "english" is not a language tag');
		expect(wrong.output).toContain('`site` must be a full web address starting with https://');
		expect(wrong.output).not.toMatch(/^\s+at /m);
	});
});

describe('npm run verify on a program other than the sample', () => {
	test('passes the whole gate on a Spanish program under a base path, in its own words for a round', () => {
		const out = path.join(scratch, 'red-dist');
		const verify = run('verify', ['--out-dir', out], path.join(PROJECT_ROOT, 'tests/fixtures/programs/red-de-bibliotecas'));
		expect(verify.code, verify.output).toBe(0);
		expect(verify.output).toContain('passed  Accessibility on a phone and in dark mode, each page type');
		expect(verify.output).not.toContain("The site's address is");
		const home = readFileSync(path.join(out, 'index.html'), 'utf8');
		expect(home).toContain('<html lang="es"');
		expect(home).toContain('<link rel="canonical" href="https://redsur.example.net/red/">');
		expect(home).toMatch(/<a href="\/red\/rounds\/"[^>]*>Cohortes<\/a>/);
		// A program written in Spanish gets its interface in Spanish, with its own word for a round wherever the interface says it.
		expect(readFileSync(path.join(out, 'posters', 'index.html'), 'utf8')).toMatch(/<h2[^>]*>Por cohorte<\/h2>/);
		expect(readFileSync(path.join(out, 'search', 'index.html'), 'utf8')).toContain('personas y cohortes');
		// Its figures, in its words and under its base path: one cohorte, two pairs.
		const figures = readFileSync(path.join(out, 'figures', 'index.html'), 'utf8');
		expect(figures).toContain('En 1 cohorte, 4 participantes de 4 países en 3 continentes, en 2 parejas y tríos.');
		expect(figures).toMatch(/<a href="\/red\/countries\/gh\/" aria-label="Ghana: 1 participante"/);
		expect(figures).toContain('href="/red/figures/partnerships.csv"');
	}, 300_000);

	test('fails, naming the page and the problem, when a built page is broken', () => {
		const out = path.join(scratch, 'red-dist');
		writeFileSync(
			path.join(out, 'about', 'index.html'),
			readFileSync(path.join(out, 'about', 'index.html'), 'utf8').replace('</main>', '<a href="/red/nowhere/">gone</a><img src="/red/x.png"></main>'),
		);
		const verify = run('verify', ['--skip-build', '--no-browser', '--out-dir', out], path.join(PROJECT_ROOT, 'tests/fixtures/programs/red-de-bibliotecas'));
		expect(verify.code).toBe(1);
		expect(verify.output).toContain('FAILED (2)  No broken internal links');
		expect(verify.output).toContain('about/index.html links to /red/nowhere/, which is not in the site');
		expect(verify.output).toContain('skipped  Accessibility and console errors in Chromium (--no-browser)');
	});
});

describe('a program’s own content', () => {
	test('never turns the product’s tests red: with another program in content/, they still pass', () => {
		// A copy of the project as a program would have it after forking: its files, our node_modules.
		const project = path.join(scratch, 'forked');
		const tracked = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
			.stdout.split('\0')
			.filter(Boolean);
		for (const file of tracked) {
			if (!existsSync(path.join(PROJECT_ROOT, file))) continue;
			mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
			cpSync(path.join(PROJECT_ROOT, file), path.join(project, file));
		}
		symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');
		// The program's content: different, and with mistakes of its own, which are its checks' business.
		cpSync(path.join(PROJECT_ROOT, 'tests/fixtures/programs/red-de-bibliotecas'), path.join(project, 'content'), { recursive: true });
		writeFileSync(path.join(project, 'content/testimonials/kofi-asante.md'), '---\nauthor: nobody\nround: "1999"\n---\nBroken on purpose.\n');

		const programEnv: Record<string, string | undefined> = { ...cleanEnvironment() };
		delete programEnv['INTERLIBRARY_CONTENT'];
		const own = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: project, encoding: 'utf8', env: programEnv });
		expect(own.status, 'the program’s own check sees its content').toBe(1);
		expect(`${own.stdout}${own.stderr}`).toContain('content/testimonials/kofi-asante.md');

		const env: Record<string, string | undefined> = { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
		delete env['INTERLIBRARY_CONTENT'];
		// The type check, the checker's unit tests and a build of the sample with its page tests: the parts that read content.
		const product = spawnSync(process.execPath, ['tests/run.ts', 'tests/unit/content-check.test.ts', 'tests/site/build.test.ts'], {
			cwd: project,
			encoding: 'utf8',
			env,
		});
		expect(product.status, `${product.stdout}${product.stderr}`.slice(-3000)).toBe(0);
		expect(product.stdout).toMatch(/\d+ passed, 0 failed/);
	}, 600_000);
});
