/**
 * `npm run check`: checks all content and prints every problem, one line
 * each, without building the site. Exits 1 when anything is wrong.
 *
 *   npm run check                     # plain lines, for people
 *   npm run check -- --format github  # GitHub Actions annotations on the files
 *   npm run check -- --lang es        # in Spanish (English where a line has no translation yet)
 */
import path from 'node:path';
import { checkContent } from '../src/content-check/check-content.ts';
import { formatProblem, type Problem, sortProblems } from '../src/content-check/problem.ts';
import { summaryLine, translateMessage } from '../src/content-check/translate-lines.ts';
import { contentDir, isSampleContent, SAMPLE_NOTICE } from '../src/lib/content-dir.ts';
import { progressReporter } from '../src/lib/progress.ts';
import { cacheDirFor } from '../src/lib/site-config.ts';
import { readCommandLine } from './lib/command-line.ts';
import { posterOptionsFromEnv } from '../src/loaders/poster-options.ts';
import { POSTER_CACHE_FOLDER } from '../src/loaders/poster-previews.ts';

const HELP = `Usage: npm run check [-- --lang es] [--format github]

Checks all content and lists every problem, one line each, with the file and line, without building.

  --lang CODE        the lines in another language (es; English where a line has no translation yet)
  --format github    GitHub Actions annotations on the files, for the pull-request workflow
  --help             this text`;

const { values } = readCommandLine({ format: { type: 'string', default: 'text' }, lang: { type: 'string', default: 'en' } }, HELP);
const lang = values.lang;
/** A problem with its message in the chosen language. */
const inLanguage = (problem: Problem): Problem => ({ ...problem, message: translateMessage(problem.message, lang) });

/** GitHub's workflow command syntax: `%`, CR and LF must be escaped in the message. */
function annotation(problem: Problem, level: 'error' | 'warning'): string {
	const { line: _line, ...withoutLine } = problem;
	const message = formatProblem({ ...withoutLine, file: '' })
		.replace(/^: /, '')
		.trim()
		.replace(/%/g, '%25')
		.replace(/\r/g, '%0D')
		.replace(/\n/g, '%0A');
	return `::${level} file=${problem.file},line=${problem.line ?? 1},title=${summaryLine(level === 'error' ? 'problemTitle' : 'warningTitle', lang)}::${message}`;
}

const started = performance.now();
const content = contentDir();
if (isSampleContent(content)) console.log(summaryLine('sample', lang) || SAMPLE_NOTICE);
const report = await checkContent({
	contentDir: content,
	// Posters are rendered as the build renders them (new or changed ones only), so a PDF
	// that is too slow or too big to draw is named here too, not only in the build.
	renderPosters: {
		cacheDir: path.resolve(cacheDirFor(content), POSTER_CACHE_FOLDER),
		options: posterOptionsFromEnv(),
		onProgress: progressReporter('Checking poster PDFs'),
	},
});
const problems = sortProblems(report.problems).map(inLanguage);
const warnings = sortProblems(report.warnings).map(inLanguage);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (warnings.length > 0) {
	console.warn(summaryLine('warnings', lang, { count: warnings.length }));
	for (const warning of warnings) console.warn(formatProblem(warning));
	if (values.format === 'github') for (const warning of warnings) console.log(annotation(warning, 'warning'));
}
if (problems.length === 0) {
	console.log(
		warnings.length === 0
			? summaryLine('fine', lang, { seconds })
			: `${summaryLine('fineWithWarnings', lang, { count: warnings.length, seconds })} ${summaryLine('warningsNote', lang)}`,
	);
} else {
	console.error(summaryLine('problems', lang, { count: problems.length }));
	for (const problem of problems) console.error(formatProblem(problem));
	if (values.format === 'github') for (const problem of problems) console.log(annotation(problem, 'error'));
	console.error(warnings.length > 0 ? summaryLine('fixWithWarnings', lang, { count: warnings.length }) : summaryLine('fix', lang));
	process.exitCode = 1;
}
