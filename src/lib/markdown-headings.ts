/**
 * A Markdown body's headings, read line by line without a parser, for the
 * submission form in the browser (the checker reads them with Sätteri in
 * markdown-outline.ts). ATX headings (`## Title`) outside fenced code; a
 * section is empty when it holds nothing but blank lines and HTML comments
 * before the next heading as high or higher, as the checker counts it.
 */
export type Heading = { depth: number; text: string; line: number; empty: boolean };

/** Headings compared loosely: case, spacing and a trailing "?" or ":" do not matter. */
export function normaliseHeading(text: string): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/[?:：.]+$/, '')
		.trim();
}

export function headingsOf(body: string, firstLine = 1): Heading[] {
	const headings: Heading[] = [];
	const open: Heading[] = [];
	let fence: string | undefined;
	let inComment = false;
	body.split(/\r?\n/).forEach((text, i) => {
		const line = firstLine + i;
		const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
		if (fence) {
			if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
			for (const heading of open) heading.empty = false;
			return;
		}
		if (inComment) {
			if (text.includes('-->')) {
				inComment = false;
				if (text.slice(text.indexOf('-->') + 3).trim()) for (const heading of open) heading.empty = false;
			}
			return;
		}
		const atx = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(text);
		if (atx) {
			const heading = { depth: atx[1]!.length, text: (atx[2] ?? '').trim(), line, empty: true };
			while (open.length && open.at(-1)!.depth >= heading.depth) open.pop();
			for (const outer of open) outer.empty = false;
			headings.push(heading);
			open.push(heading);
			return;
		}
		if (fenceMark) {
			fence = fenceMark;
			for (const heading of open) heading.empty = false;
			return;
		}
		const rest = text.replace(/<!--[\s\S]*?-->/g, '');
		if (/<!--/.test(rest)) {
			inComment = true;
			if (rest.slice(0, rest.indexOf('<!--')).trim()) for (const heading of open) heading.empty = false;
			return;
		}
		if (rest.trim()) for (const heading of open) heading.empty = false;
	});
	return headings;
}
