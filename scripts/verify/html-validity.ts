/** Valid HTML, checked with html-validate's recommended rules, for the quality gate. */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Titles are the participants' own; a long one is not an error.
		'long-title': 'off',
		// HTML5 ids may be any characters: headings in Arabic or Ukrainian get ids in their script.
		'valid-id': ['error', { relaxed: true }],
	},
});

/** Every HTML problem in every page, as "page:line: rule: message". */
export async function invalidHtml(outDir: string): Promise<string[]> {
	const problems: string[] = [];
	for (const page of globSync('**/*.html', { cwd: outDir }).sort()) {
		const report = await validator.validateString(readFileSync(path.join(outDir, page), 'utf8'), page);
		for (const result of report.results) {
			for (const message of result.messages) problems.push(`${page}:${message.line}: ${message.ruleId}: ${message.message}`);
		}
	}
	return problems;
}
