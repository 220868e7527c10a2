#!/usr/bin/env bash
# Cost of `piiguard scan` against a plain build: writes the generated application (1,000 files, ~215,000 lines by
# default), restores it, then times, interleaved, a full recompile of the PiiGuard variant with `dotnet build` and a
# scan of the same project with the CLI (built in Release, run as `dotnet <dll>`), several times.
# Dependencies are built once; the measured build recompiles only the large project (--no-incremental,
# BuildProjectReferences=false), and the scan skips its restore (--no-restore), so both start from the same state.
#
#   tests/Allio.PiiGuard.LargeSolution/run-scan-benchmark.sh [output folder]     REPETITIONS=3 DOMAINS=250
#
# Prints per repetition the wall time of each and the 1-minute load average before it, then the medians and the
# ratio scan / build (target ≤ 1.3).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(realpath -m "${1:-${TMPDIR:-/tmp}/piiguard-large-cli}")"
repetitions="${REPETITIONS:-3}"
domains="${DOMAINS:-250}"
cli="$root/src/Allio.PiiGuard.Cli/bin/Release/net10.0/Allio.PiiGuard.Cli.dll"

dotnet build "$here" -c Release -nologo -v:q
dotnet build "$root/src/Allio.PiiGuard.Cli" -c Release -nologo -v:q
rm -rf "$out"
dotnet "$here/bin/Release/net10.0/Allio.PiiGuard.LargeSolution.dll" write "$out" --domains "$domains"
dotnet restore "$out/piiguard/LargeApp.csproj" -nologo -v:q
for dependency in src/Allio.PiiGuard analyzers/Allio.PiiGuard.Analyzers analyzers/Allio.PiiGuard.Generators; do
  dotnet build "$root/$dependency" --no-restore -nologo -v:q
done
# The project loads the compiler extensions from their Release builds, as the package ships them.
for extension in analyzers/Allio.PiiGuard.Analyzers analyzers/Allio.PiiGuard.CodeFixes analyzers/Allio.PiiGuard.Generators; do
  dotnet build "$root/$extension" -c Release -nologo -v:q
done

load() { cut -d' ' -f1 /proc/loadavg; }

timed() { # log command... -> wall_ms
  local log="$1" start end
  shift
  start=$(date +%s%N)
  "$@" > "$log" 2>&1 || echo "$* failed, see $log" >&2
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

build() {
  dotnet build "$out/piiguard/LargeApp.csproj" --no-restore --no-incremental -p:BuildProjectReferences=false -nologo
}

scan() {
  # Exit code 1 would mean findings at --fail-on; with 'none' anything but 0 is a failed scan.
  dotnet "$cli" scan "$out/piiguard/LargeApp.csproj" --no-restore --fail-on none
}

: > "$out/scan-results.txt"
printf '%-4s %-6s %10s %6s\n' rep what wall_ms load
for repetition in $(seq 1 "$repetitions"); do
  order="build scan"; (( repetition % 2 == 0 )) && order="scan build"
  for what in $order; do
    before=$(load)
    wall=$(timed "$out/$what-$repetition.log" "$what")
    printf '%-4s %-6s %10s %6s\n' "$repetition" "$what" "$wall" "$before" | tee -a "$out/scan-results.txt"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
build_ms=$(awk '$2 == "build" { print $3 }' "$out/scan-results.txt" | median)
scan_ms=$(awk '$2 == "scan" { print $3 }' "$out/scan-results.txt" | median)
awk -v a="$build_ms" -v b="$scan_ms" 'BEGIN { printf "median wall_ms: build %.0f, scan %.0f, scan / build %.2fx\n", a, b, b / a }'
echo "last scan's summary ($out/scan-$repetitions.log):"
grep -E 'finding\(s\)|^error' "$out/scan-$repetitions.log" | tail -3 || true
