/** `content/site.yaml`, read once for the pages of a build. */
import { readSiteSettings } from './site.ts';
import type { SiteSettings } from '../schemas/site.ts';

let settings: SiteSettings | undefined;

export function siteSettings(): SiteSettings {
	settings ??= readSiteSettings(process.cwd());
	return settings;
}
