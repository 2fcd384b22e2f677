#!/usr/bin/env bash
# Runs CI (.ci/run) several times in a row on a clean clone of HEAD while
# other processes keep every core busy, to show the suite does not flake when
# the machine is slow. One line per run, then a verdict; exits 1 if any run failed.
#
#   scripts/ci-under-load.sh [runs]      (default 5)
#
# LOAD_PROCESSES sets how many busy loops run beside it (default: one per core).
# KEEP_CLONE=1 keeps the clone; the logs are always kept.
set -euo pipefail

runs="${1:-5}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
	echo "usage: scripts/ci-under-load.sh [runs]   (runs: a whole number, default 5)" >&2
	exit 2
fi
source_repo="$(cd "$(dirname "$0")/.." && pwd)"
commit="$(git -C "$source_repo" rev-parse HEAD)"
load_processes="${LOAD_PROCESSES:-$(nproc)}"
work="$(mktemp -d "${TMPDIR:-/tmp}/plh-ci-under-load.XXXXXX")"
clone="$work/repo"
logs="$work/logs"
mkdir -p "$logs"

load_pids=()
stop_load() {
	for pid in "${load_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${load_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
	load_pids=()
}
cleanup() {
	stop_load
	if [[ "${KEEP_CLONE:-}" != "1" ]]; then rm -rf "$clone"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "Cloning ${commit:0:12} into $clone"
git clone --quiet --no-checkout "$source_repo" "$clone"
git -C "$clone" checkout --quiet --detach "$commit"

echo "Keeping $load_processes core(s) busy; $runs run(s) of .ci/run; logs in $logs"
for _ in $(seq "$load_processes"); do
	node -e 'for (;;) {}' &
	load_pids+=("$!")
done

failed=0
for run in $(seq "$runs"); do
	log="$logs/run-$run.log"
	start=$SECONDS
	if (cd "$clone" && bash .ci/run) >"$log" 2>&1; then
		echo "run $run/$runs: passed in $((SECONDS - start)) s"
	else
		failed=$((failed + 1))
		echo "run $run/$runs: FAILED in $((SECONDS - start)) s (log: $log)"
		# Vitest names each failed test on a FAIL line; show them without colours.
		sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ *FAIL ' | sort -u | sed 's/^ */    /' || true
	fi
done
stop_load

if [[ $failed -eq 0 ]]; then
	echo "verdict: all $runs runs passed under load (commit ${commit:0:12})"
else
	echo "verdict: $failed of $runs runs failed under load (commit ${commit:0:12}); logs in $logs"
	exit 1
fi
