/**
 * `npm run check`: checks all content and prints every problem, one line
 * each, without building the site. Exits 1 when anything is wrong.
 */
import { checkContent } from '../src/content-check/check-content.ts';
import { formatProblem, sortProblems } from '../src/content-check/problem.ts';
import { contentDir } from '../src/lib/content-dir.ts';

const started = performance.now();
const problems = sortProblems(await checkContent({ contentDir: contentDir() }));
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length === 0) {
	console.log(`Content is fine: no problems found (${seconds} s).`);
} else {
	console.error(`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the content:`);
	for (const problem of problems) console.error(formatProblem(problem));
	console.error('Fix each line above, then run `npm run check` again.');
	process.exitCode = 1;
}
