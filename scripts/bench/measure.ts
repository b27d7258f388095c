/** Small measuring helpers for the benchmark: medians, CPU use, tables. */
import { readFileSync } from 'node:fs';

export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Busy and total CPU ticks of the whole machine, from /proc/stat (Linux). */
function cpuTicks(): { busy: number; total: number } | undefined {
	try {
		const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
		const ticks = line.trim().split(/\s+/).slice(1).map(Number);
		const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
		const total = ticks.reduce((sum, tick) => sum + tick, 0);
		return { busy: total - idle, total };
	} catch {
		return undefined;
	}
}

/** Runs `work` and reports how busy the machine's cores were meanwhile (0–1), and the wall time. */
export async function withCpuUse<T>(work: () => Promise<T>): Promise<{ result: T; wallMs: number; cpuBusy: number | undefined }> {
	const before = cpuTicks();
	const started = performance.now();
	const result = await work();
	const wallMs = performance.now() - started;
	const after = cpuTicks();
	const cpuBusy = before && after ? (after.busy - before.busy) / Math.max(1, after.total - before.total) : undefined;
	return { result, wallMs, cpuBusy };
}

/** A plain-text table with aligned columns. */
export function table(rows: (string | number)[][]): string {
	const cells = rows.map((row) => row.map(String));
	const widths = cells[0]?.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0))) ?? [];
	return cells
		.map((row) =>
			row
				.map((cell, column) => cell.padEnd(widths[column] ?? 0))
				.join('  ')
				.trimEnd(),
		)
		.join('\n');
}

export const ms = (value: number) => `${Math.round(value)} ms`;
export const ratio = (value: number) => `${value.toFixed(2)} ×`;
