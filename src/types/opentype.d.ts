// opentype.js ships no types: these are the parts of it the share cards read.
declare module 'opentype.js' {
	export interface Font {
		readonly tables: {
			// Code point (as an object key) to glyph index; glyph 0 is the "missing" glyph.
			readonly cmap: { readonly glyphIndexMap: Readonly<Record<string, number>> };
		};
	}
	const opentype: { parse(buffer: ArrayBufferLike): Font };
	export default opentype;
}
