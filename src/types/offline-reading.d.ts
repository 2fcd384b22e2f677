// Set by src/integrations/offline.ts: true in `astro build`, which writes the service workers; false in `astro dev`, which has none.
interface ImportMetaEnv {
	readonly PLH_OFFLINE_READING: boolean;
}
