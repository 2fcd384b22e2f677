/**
 * A problem in the content, said in one line a contributor can act on:
 * `path:line: field: found …; expected …`.
 */
export type Problem = {
	/** Path from the project root, such as `content/sessions/2026-12-04-budget-clinic.md`. */
	file: string;
	line: number;
	/** The field, such as `date` or `takeaways[2].by`; `file` or `body` for the file as a whole. */
	field: string;
	found: string;
	expected: string;
};

export function formatProblem(p: Problem): string {
	return `${p.file}:${p.line}: ${p.field}: found ${p.found}; expected ${p.expected}`;
}

/** A GitHub Actions annotation, so the problem shows on the pull request's diff. */
export function githubAnnotation(p: Problem): string {
	const escape = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const property = (s: string) => escape(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
	return `::error file=${property(p.file)},line=${p.line},title=${property(p.field)}::${escape(`found ${p.found}; expected ${p.expected}`)}`;
}

/** Problems in file order, then line order, so output is stable and reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

/** How a value looks in a message: quoted text, a number, "nothing" for a missing field. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (typeof value === 'string') {
		const oneLine = value.replace(/\s+/g, ' ').trim();
		return JSON.stringify(oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine);
	}
	if (value instanceof Date) return value.toISOString();
	if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	// What YAML and the contribution form have left: a mapping.
	return 'a group of fields';
}

export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, segment) => {
		if (typeof segment === 'number') return `${out}[${segment}]`;
		return out ? `${out}.${String(segment)}` : String(segment);
	}, '');
}
