/**
 * Zod's own messages ("Invalid input: expected string, received undefined")
 * rewritten as plain sentences about a field. Messages written in the
 * schemas themselves take precedence over these.
 */
import type { z } from 'astro/zod';

const KIND: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	boolean: 'true or false',
	array: 'a list, like [first, second]',
	object: 'a group of fields',
	date: 'a date written as YYYY-MM-DD',
};

/** The per-parse error map: a plain sentence for each kind of zod issue. */
export function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) return 'is missing';
			if (issue.input === null) return 'is empty';
			return `must be ${KIND[issue.expected] ?? issue.expected}`;
		case 'too_small':
			if (issue.origin === 'array') return `needs at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
			if (issue.origin === 'string') return 'is empty';
			return `must be at least ${issue.minimum}`;
		case 'too_big':
			if (issue.origin === 'array') return `has more than ${issue.maximum} entries`;
			if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
			return `must be at most ${issue.maximum}`;
		case 'invalid_value':
			return `must be one of: ${issue.values.map(String).join(', ')}`;
		case 'invalid_format':
			return issue.format === 'url' ? 'must be a full web address starting with https://' : `is not a valid ${issue.format}`;
		default:
			return undefined;
	}
}

/** `gallery[2].alt` from zod's path `['gallery', 2, 'alt']`. */
export function fieldName(path: readonly PropertyKey[]): string {
	return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}
