/**
 * Questions in a terminal, for the commands a coordinator runs (`npm run new`,
 * `npm run init`). Outside a terminal (CI, a script) nothing is asked: each
 * question takes its default, and the command says which flags to pass.
 */
import { createInterface, type Interface } from 'node:readline/promises';

export interface Prompter {
	/** Whether questions are really asked (stdin and stdout are a terminal). */
	readonly interactive: boolean;
	/** The answer, or `fallback` when the person just presses Enter (or nothing can be asked). */
	ask(question: string, fallback?: string): Promise<string | undefined>;
	close(): void;
}

export function terminalPrompter(enabled = process.stdin.isTTY === true && process.stdout.isTTY === true): Prompter {
	const readline: Interface | undefined = enabled ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
	return {
		interactive: readline !== undefined,
		async ask(question, fallback) {
			if (!readline) return fallback;
			const answer = (await readline.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
			return answer || fallback;
		},
		close: () => readline?.close(),
	};
}
