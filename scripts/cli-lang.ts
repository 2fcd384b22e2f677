/**
 * The language a command-line tool speaks: `--lang lo` or PLH_LANG=lo,
 * English by default. Returns the arguments without the flag.
 */
import { isMessageLang, type MessageLang } from '../src/check/messages/index.ts';

export function cliLang(argv: string[], env: NodeJS.ProcessEnv = process.env): { lang: MessageLang; args: string[] } {
	const args = [...argv];
	let wanted = env.PLH_LANG;
	const at = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
	if (at !== -1) {
		const [flag] = args.splice(at, 1);
		wanted = flag!.includes('=') ? flag!.split('=')[1] : args.splice(at, 1)[0];
	}
	if (wanted !== undefined && !isMessageLang(wanted)) {
		console.error(`Unknown language "${wanted}" for --lang or PLH_LANG; expected one of en, lo. Using English.`);
		return { lang: 'en', args };
	}
	return { lang: wanted ?? 'en', args };
}
