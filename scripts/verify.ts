/**
 * `npm run verify`: everything a pull request to the program's site should
 * pass, on whatever the program's content is: the content check, the build,
 * and the quality gate over every built page (valid HTML, links, page weight,
 * and in Chromium accessibility at a desktop's and a phone's width, in light
 * and dark mode, with no console errors). Ends with a summary; exits 1 when
 * anything failed.
 *
 *   npm run verify
 *   npm run verify -- --no-browser     # without Chromium: skips the accessibility checks
 *   npm run verify -- --skip-build     # check the site already in dist/
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/content-check/check-content.ts';
import { countOf, formatProblem, sortProblems, WARNINGS_NOTE } from '../src/content-check/problem.ts';
import { contentDir, isSampleContent, SAMPLE_NOTICE } from '../src/lib/content-dir.ts';
import { progressReporter } from '../src/lib/progress.ts';
import { cacheDirFor, readSiteLocation } from '../src/lib/site-config.ts';
import { posterOptionsFromEnv } from '../src/loaders/poster-options.ts';
import { POSTER_CACHE_FOLDER } from '../src/loaders/poster-previews.ts';
import { CHROMIUM_PATH } from './lib/chromium.ts';
import { readCommandLine } from './lib/command-line.ts';
import { runQualityGate } from './verify/gate.ts';

const HELP = `Usage: npm run verify [-- --no-browser] [--skip-build]

Everything a pull request should pass, on your own content: the content check, the build,
and the quality gate over every page (valid HTML, links, page weight, and in Chromium
accessibility at a desktop's and a phone's width, light and dark). Ends with a summary.

  --no-browser       skip the checks in Chromium (where there is no Chromium)
  --skip-build       check the site already built in dist/
  --out-dir DIR      the built site to check (default: dist)
  --help             this text`;

const { values } = readCommandLine(
	{
		'no-browser': { type: 'boolean', default: false },
		'skip-build': { type: 'boolean', default: false },
		'out-dir': { type: 'string', default: 'dist' },
	},
	HELP,
);
const useBrowser = !values['no-browser'];
const root = path.resolve(import.meta.dirname, '..');
const content = contentDir();
const outDir = path.resolve(values['out-dir']);
const started = performance.now();
if (isSampleContent(content)) console.log(SAMPLE_NOTICE);

if (useBrowser && !existsSync(CHROMIUM_PATH)) {
	console.error(
		`The accessibility checks need Chromium, which is not at ${CHROMIUM_PATH}. Install it (on Debian or Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH to a Chrome or Chromium, or run \`npm run verify -- --no-browser\` to skip those checks.`,
	);
	process.exit(1);
}

console.log('1. Checking the content…');
const checked = await checkContent({
	contentDir: content,
	renderPosters: {
		cacheDir: path.resolve(cacheDirFor(content), POSTER_CACHE_FOLDER),
		options: posterOptionsFromEnv(),
		onProgress: progressReporter('Checking poster PDFs'),
	},
});
const problems = sortProblems(checked.problems);
const warnings = sortProblems(checked.warnings);
if (warnings.length > 0) {
	console.warn(`${countOf(warnings.length, 'warning')} about the content:`);
	for (const warning of warnings) console.warn(formatProblem(warning));
}
if (problems.length > 0) {
	console.error(`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the content:`);
	for (const problem of problems) console.error(formatProblem(problem));
	console.error('Fix each line above, then run `npm run verify` again.');
	process.exit(1);
}

if (!values['skip-build']) {
	console.log(`2. Building the site into ${path.relative(process.cwd(), outDir) || '.'}/…`);
	const build = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: root,
		stdio: 'inherit',
	});
	if (build.status !== 0) {
		console.error('The build failed: see the lines above.');
		process.exit(1);
	}
} else if (!existsSync(outDir)) {
	console.error(`There is no built site in ${outDir}: run without --skip-build.`);
	process.exit(1);
}

console.log(`3. The quality gate${useBrowser ? ' (in Chromium too: a few minutes for a large site)' : ' (without the browser checks)'}…`);
const reporters = new Map<string, (done: number, total: number) => void>();
const report = await runQualityGate({
	outDir,
	base: readSiteLocation(content).base,
	browser: useBrowser,
	onProgress: (what, done, total) => {
		if (!reporters.has(what)) reporters.set(what, progressReporter(what));
		reporters.get(what)?.(done, total);
	},
});

const failed = report.sections.filter((section) => section.problems.length > 0);
console.log(`\nChecked ${report.pages} pages in ${Math.round((performance.now() - started) / 1000)} s:`);
for (const section of report.sections) {
	console.log(`  ${section.problems.length === 0 ? 'passed' : `FAILED (${section.problems.length})`}  ${section.name}`);
}
if (!useBrowser) console.log('  skipped  Accessibility and console errors in Chromium (--no-browser)');
for (const section of failed) {
	console.error(`\n${section.name}:`);
	for (const problem of section.problems) console.error(`  ${problem}`);
}
if (failed.length > 0) {
	console.error('\nFix each line above, then run `npm run verify` again.');
	process.exit(1);
}
console.log(
	warnings.length === 0
		? '\nEverything passed.'
		: `\nEverything passed, with ${countOf(warnings.length, 'warning')} about the content (listed in step 1). ${WARNINGS_NOTE}`,
);
