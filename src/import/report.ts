/** The report at the end of an import: counts, then one line per item skipped or changed, with the reason. */

export interface ImportCounts {
	posts: number;
	drafts: number;
	pages: number;
	comments: number;
	peopleCreated: number;
	peopleMatched: number;
	imagesFetched: number;
	imagesAlreadyThere: number;
	imagesFailed: number;
	provisionalAlt: number;
	redirects: number;
	skipped: number;
	filesCreated: number;
	filesUpdated: number;
	filesUnchanged: number;
	filesKept: number;
}

export interface ImportReport {
	/** What the file was: "WordPress export (WXR)", "Google Takeout feed.atom"… */
	format: string;
	dryRun: boolean;
	counts: ImportCounts;
	/** One line per item skipped or changed, with the reason. */
	lines: string[];
	/** Notes about the file as a whole. */
	notes: string[];
}

export function emptyCounts(): ImportCounts {
	return {
		posts: 0,
		drafts: 0,
		pages: 0,
		comments: 0,
		peopleCreated: 0,
		peopleMatched: 0,
		imagesFetched: 0,
		imagesAlreadyThere: 0,
		imagesFailed: 0,
		provisionalAlt: 0,
		redirects: 0,
		skipped: 0,
		filesCreated: 0,
		filesUpdated: 0,
		filesUnchanged: 0,
		filesKept: 0,
	};
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** The report as a coordinator reads it in the terminal. */
export function formatReport(report: ImportReport): string {
	const c = report.counts;
	const would = report.dryRun ? 'would be ' : '';
	const lines = [
		`${report.dryRun ? 'Dry run (nothing was written)' : 'Imported'}: ${report.format}`,
		`  ${plural(c.posts, 'post')} published, ${plural(c.drafts, 'draft')}, ${plural(c.pages, 'page')}, ${plural(c.comments, 'comment')}`,
		`  people: ${c.peopleCreated} ${would}created, ${c.peopleMatched} matched to people already on the site`,
		`  images: ${c.imagesFetched} fetched, ${c.imagesAlreadyThere} already there, ${c.imagesFailed} failed (kept as links to the old site), ${c.provisionalAlt} with provisional alt text`,
		`  redirects: ${c.redirects} ${would}added to content/redirects.yaml`,
		`  files: ${c.filesCreated} ${would}created, ${c.filesUpdated} ${would}updated, ${c.filesUnchanged} unchanged, ${c.filesKept} kept as you edited them`,
		`  ${plural(c.skipped, 'item')} skipped`,
	];
	if (report.notes.length > 0) lines.push('', ...report.notes);
	if (report.lines.length > 0) lines.push('', `Skipped or changed (${report.lines.length}):`, ...report.lines.map((line) => `  ${line}`));
	return lines.join('\n');
}
