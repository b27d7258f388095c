/**
 * `npm run import`: moves a program's Blogger or WordPress archive into the
 * content folder in one command, old links kept. A thin command line over
 * src/import/; see README ("Moving in") and CONTRIBUTING.
 *
 *   npm run import -- blogger blog-03-14-2025.xml      # Blogger's "Back up content" file
 *   npm run import -- blogger feed.atom                # or Google Takeout's feed.atom
 *   npm run import -- wordpress openstacks.WordPress.2025-03-14.xml
 *   npm run import -- wordpress export.xml --dry-run   # say what would happen, write nothing
 *   npm run import -- wordpress export.xml --no-images # keep images on the old site
 *   npm run import -- blogger-snippet                  # the script to paste into the old Blogger theme
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/content-check/check-content.ts';
import { countOf, formatProblem, sortProblems } from '../src/content-check/problem.ts';
import { contentDir, isSampleContent } from '../src/lib/content-dir.ts';
import { progressReporter } from '../src/lib/progress.ts';
import { readSiteLocation } from '../src/lib/site-config.ts';
import { withBase } from '../src/lib/urls.ts';
import { bloggerThemeSnippet, readRedirects } from '../src/import/redirects.ts';
import { formatReport } from '../src/import/report.ts';
import { ExportFileError, runImport } from '../src/import/run-import.ts';
import { SOURCES } from '../src/schemas/collections.ts';
import { readCommandLine } from './lib/command-line.ts';

const HELP = `Usage: npm run import -- <blogger|wordpress> <export file> [options]
       npm run import -- blogger-snippet

Moves a Blogger or WordPress blog into the site: posts, drafts, pages, authors,
labels/categories/tags, comments and images, with redirects from the old addresses.

  blogger <file>      Blogger's "Back up content" file (blog-MM-DD-YYYY.xml),
                      or Google Takeout's feed.atom (unzip the Takeout first)
  wordpress <file>    the file from WordPress's Tools → Export → All content
  blogger-snippet     prints the script to paste into the old Blogger theme, so that
                      readers of a blog that stays on *.blogspot.com reach the new site

Options:
  --dry-run           say what would happen; write and fetch nothing
  --no-images         do not fetch images: posts keep links to the old site
  --concurrency N     items converted at once (default 8; images download meanwhile)
  --help              this text

It is safe to run again, with the same or a newer export: what was imported
before is recognised (no duplicates), files nobody edited are updated, and
files someone edited are kept as they are. Nothing else in the content folder
is changed. Writes into ${'`content/`'} (or the folder in INTERLIBRARY_CONTENT).`;

const { positionals, values } = readCommandLine(
	{
		'dry-run': { type: 'boolean', default: false },
		'no-images': { type: 'boolean', default: false },
		concurrency: { type: 'string' },
	},
	HELP,
	{ positionals: true },
);
const [command, file] = positionals;
const root = contentDir();
const shown = (absolute: string) => path.relative(process.cwd(), absolute) || '.';
if (isSampleContent(root) && command) {
	// An archive belongs to the program, never to the sample the product ships.
	console.error('There is no content/ folder yet, so there is nowhere to import into. Run `npm run init` to start your program, then run this again.');
	process.exit(1);
}

if (!command) {
	console.log(HELP);
	process.exit(0);
}

if (command === 'blogger-snippet') {
	const { site, base } = readSiteLocation(root);
	const redirects = readRedirects(path.join(root, SOURCES.redirects.path));
	if (Object.keys(redirects).length === 0) {
		console.error(`${shown(path.join(root, SOURCES.redirects.path))} has no redirects yet: run npm run import -- blogger <file> first.`);
		process.exit(1);
	}
	console.log(bloggerThemeSnippet(redirects, new URL(withBase(base, '/'), site).href));
	process.exit(0);
}

if (command !== 'blogger' && command !== 'wordpress') {
	console.error(`"${command}" is not something this can import: use blogger or wordpress.\n\n${HELP}`);
	process.exit(1);
}
if (!file) {
	console.error(`Name the export file: npm run import -- ${command} <file>`);
	process.exit(1);
}
if (!existsSync(file) || !statSync(file).isFile()) {
	console.error(`${file} does not exist (or is a folder): give the path of the export file.`);
	process.exit(1);
}
const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
if (!Number.isInteger(concurrency) || concurrency < 1) {
	console.error('--concurrency must be a whole number of 1 or more.');
	process.exit(1);
}

const progress = progressReporter('Importing');
const started = performance.now();
console.error(`${values['dry-run'] ? 'Dry run: reading' : 'Importing'} ${file} into ${shown(root)}${values['no-images'] ? ', without images' : ''}…`);

try {
	const report = await runImport({
		source: command,
		file,
		contentDir: root,
		images: !values['no-images'],
		dryRun: values['dry-run'],
		concurrency,
		onProgress: ({ done, total, images }) => {
			if (done === 0) console.error(`Found ${total} posts and pages in ${file}.`);
			progress(done, total, `${images} images`);
		},
	});
	console.log(formatReport(report));
	console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
	if (command === 'blogger' && report.counts.redirects > 0 && !report.dryRun) {
		console.log(
			'If the blog stays at its *.blogspot.com address, paste the output of `npm run import -- blogger-snippet` into its theme (see README, "Moving in").',
		);
	}
} catch (error) {
	if (error instanceof ExportFileError) {
		console.error(`${file} ${error.message}`);
		process.exit(1);
	}
	// Anything else is a fault of this program, not of the export: one line, and what is safe to do next.
	console.error(
		`The import stopped: ${error instanceof Error ? error.message : String(error)}. What was written before this point is kept, and running the same command again continues safely. If it happens again, please report it with this line.`,
	);
	process.exit(1);
}

if (!values['dry-run']) {
	console.log('\nChecking the content (npm run check)…');
	const found = await checkContent({ contentDir: root });
	const problems = sortProblems(found.problems);
	const warnings = found.warnings;
	const shownLines = 40;
	for (const line of problems.slice(0, shownLines).map(formatProblem)) console.log(line);
	if (problems.length > shownLines) console.log(`…and ${problems.length - shownLines} more: run npm run check to see them all.`);
	console.log(
		problems.length === 0
			? `Content is fine: no problems found${warnings.length > 0 ? `, ${countOf(warnings.length, 'warning')} (such as provisional alt text; npm run check lists them)` : ''}.`
			: `${countOf(problems.length, 'problem')} in the content${warnings.length > 0 ? `, and ${countOf(warnings.length, 'warning')}` : ''}: fix the lines above, then run npm run check again.`,
	);
	if (problems.length > 0) process.exitCode = 1;
}
