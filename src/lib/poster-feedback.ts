/** Where readers give feedback on a poster of a poster session, from program.yaml. */
import type { Program } from '../schemas/program.ts';

/**
 * The repository's discussions searched for a poster's thread: what readers
 * without JavaScript follow (giscus names each thread by its term).
 */
export function discussionSearchUrl(repo: string, term: string): string {
	return `https://github.com/${repo}/discussions?discussions_q=${encodeURIComponent(`"${term}"`)}`;
}

/**
 * The "Send feedback" link when giscus is not set up: the form or mailto: address
 * in program.yaml (a mailto: gets a subject), else the program's e-mail address.
 */
export function feedbackHref(program: Pick<Program, 'posterFeedback' | 'email'>, subject: string): string | undefined {
	const written = program.posterFeedback?.feedback ?? (program.email ? `mailto:${program.email}` : undefined);
	if (!written?.startsWith('mailto:')) return written;
	return `${written}${written.includes('?') ? '&' : '?'}subject=${encodeURIComponent(subject)}`;
}
