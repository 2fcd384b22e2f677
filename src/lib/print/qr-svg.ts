/**
 * The QR code at the foot of a printed page, as inline SVG markup. It is in
 * every printable page's HTML (hidden on screen), so it is drawn to cost few
 * bytes: one stroked path, each run of dark modules in a row one `h`
 * segment, every move relative, so gzip finds the repeats.
 */
import { create, type QRCodeErrorCorrectionLevel } from 'qrcode';

/** Light border around the code, in modules: the four the QR standard asks for, so a phone finds it beside text. */
export const quietZone = 4;

/**
 * The dark modules as the `d` of a path stroked one module wide: a line
 * through the middle of each row (hence the half), from run to run with
 * relative moves. A row without dark modules costs nothing.
 */
export function qrStrokePath(size: number, dark: (row: number, column: number) => boolean): string {
	let d = '';
	// Where the pen is: the end of the last run drawn.
	let penRow = -1;
	let penColumn = 0;
	for (let row = 0; row < size; row++) {
		for (let column = 0; column < size;) {
			if (!dark(row, column)) {
				column++;
				continue;
			}
			const start = column;
			while (column < size && dark(row, column)) column++;
			d +=
				penRow < 0
					? `M${start + quietZone} ${row + quietZone + 0.5}`
					: `m${start - penColumn}${row === penRow ? ' 0' : ` ${row - penRow}`}`;
			d += `h${column - start}`;
			penRow = row;
			penColumn = column;
		}
	}
	// "m-3 1" needs no separator before a minus sign; "m3 1" keeps its space.
	return d.replace(/ -/g, '-');
}

export type QrSvgOptions = {
	/** The accessible name of the picture, in the page's language. */
	label: string;
	/** @default 'M' */
	errorCorrectionLevel?: QRCodeErrorCorrectionLevel;
};

/** `<svg>` markup for a QR code of `text`, sized by CSS (it has a viewBox and no width). */
export function qrSvg(text: string, { label, errorCorrectionLevel = 'M' }: QrSvgOptions): string {
	const { modules } = create(text, { errorCorrectionLevel });
	const side = modules.size + 2 * quietZone;
	const path = qrStrokePath(modules.size, (row, column) => modules.get(row, column) !== 0);
	return (
		`<svg viewBox="0 0 ${side} ${side}" role="img" aria-label="${escapeAttribute(label)}" shape-rendering="crispEdges">` +
		`<path fill="none" stroke="#000" d="${path}"/></svg>`
	);
}

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
