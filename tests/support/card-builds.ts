/** Reading what a build did with its share cards: the requests it drew from, and the text each card draws. */
import { lastCardBuildFile } from '../../src/lib/cards/cache.ts';
import { readFileSync } from 'node:fs';
import type { CardRequest, CardSpec } from '../../src/lib/cards/spec.ts';
import type { SiteCopy } from './site-build.ts';

export type CardBuild = { drawn: number; drawnEarly: number; cached: number; cards: number; requests: CardRequest[] };

/** What the share-card integration wrote about the site's last build. */
export const lastCardBuild = (site: SiteCopy): CardBuild => JSON.parse(readFileSync(lastCardBuildFile(site.root), 'utf-8')) as CardBuild;

/** Every text a card draws, for the glyph checks. */
export const cardTexts = (spec: CardSpec): (string | undefined)[] => [
	spec.kicker,
	spec.title,
	spec.quote,
	spec.sampleLabel,
	spec.site.name,
	spec.person?.label,
	spec.person?.detail,
	spec.person?.initials,
	spec.qr?.caption,
	...(spec.lines ?? []),
];

/** Width and height from a PNG's header. */
export const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
