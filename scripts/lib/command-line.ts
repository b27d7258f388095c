/**
 * The flags of a command a coordinator runs (`npm run new -- post --title …`),
 * read with Node's parseArgs and what a person expects around it: `--help`
 * (or `-h`) prints the usage and stops, and a flag that does not exist or
 * lacks its value ends in one plain line and the usage, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestName } from '../../src/lib/closest-name.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The line for a mistake parseArgs reports, in the words a person would use. */
function commandLineMistake(error: unknown, options: Options): string {
	const code = (error as { code?: unknown } | null)?.code;
	const message = error instanceof Error ? error.message : String(error);
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
		const flag = /'(-{1,2}[^'\s=]+)/.exec(message)?.[1] ?? message;
		const near = closestName(flag.replace(/^-+/, ''), Object.keys(options));
		return `There is no option ${flag}.${near ? ` Did you mean --${near}?` : ''}`;
	}
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
		const flag = /'(--[^'\s]+)/.exec(message)?.[1];
		if (flag && /argument missing/.test(message)) return `${flag} needs a value after it, like ${flag} "…"`;
		if (flag) return `${flag} takes no value`;
	}
	if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
		const word = /'([^']*)'/.exec(message)?.[1];
		if (word !== undefined) return `"${word}" is not a flag: flags start with --`;
	}
	return message;
}

export function readCommandLine<const T extends Options>(
	options: T,
	help: string,
	{ positionals = false }: { positionals?: boolean } = {},
): ReturnType<typeof parseArgs<{ options: T & { help: { type: 'boolean'; short: 'h' } }; allowPositionals: boolean }>> {
	const withHelp = { ...options, help: { type: 'boolean', short: 'h' } } as T & { help: { type: 'boolean'; short: 'h' } };
	let parsed;
	try {
		parsed = parseArgs({ options: withHelp, allowPositionals: positionals });
	} catch (error) {
		console.error(`${commandLineMistake(error, withHelp)}\n\n${help}`);
		process.exit(1);
	}
	if ((parsed.values as { help?: boolean }).help) {
		console.log(help);
		process.exit(0);
	}
	return parsed;
}
