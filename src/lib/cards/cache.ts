/**
 * Cards are rendered once: each is stored under a hash of everything that
 * shapes it (its text, the design version, the fonts, the photo's bytes), so
 * an unchanged site rebuilds without drawing a card and a changed entry
 * redraws only its own.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontsVersion } from './fonts.ts';
import { cardDesignVersion, type CardSpec } from './spec.ts';

/** Where drawn cards are kept: PLH_CARD_CACHE, which builds of several copies of a site may share, or the site's own. */
export function cardCacheDir(root: string): string {
	const dir = process.env.PLH_CARD_CACHE ?? join(root, 'node_modules/.cache/peer-learning-hub/cards');
	mkdirSync(dir, { recursive: true });
	return dir;
}

/** What the last build of the site at `root` asked for and drew: the site's own, even where the cache is shared. */
export const lastCardBuildFile = (root: string) => join(root, 'node_modules/.cache/peer-learning-hub/last-card-build.json');

export function cardKey(spec: CardSpec, root: string): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify({ design: cardDesignVersion, fonts: fontsVersion(), spec }));
	if (spec.person?.photo) {
		const photo = join(root, spec.person.photo);
		if (existsSync(photo)) hash.update(readFileSync(photo));
	}
	return hash.digest('hex').slice(0, 32);
}
