#!/usr/bin/env bash
# Build cost of PiiGuard on a large project: writes the generated application (1,000 files, ~215,000 lines by
# default) and three projects that compile it: plain (no PiiGuard), analyzers (PiiGuard's analyzers alone) and
# piiguard (analyzers and generator, whose hooks are compiled with the project); the PiiGuard variants load the
# compiler extensions the way the package does. Dependencies are built once; every measured build recompiles only the
# large project (--no-incremental, BuildProjectReferences=false).
#
# On a shared virtual machine the same build's time drifts by ±15 % from one minute to the next, more than the cost
# being measured. So each repetition starts the three builds at the same moment, on the same cores: whatever slows
# the machine slows all three alike. Each build's CPU time (user + system of `dotnet build` and the compiler it runs)
# is the work it needed; the overhead is the ratio of those, per repetition, and the median over repetitions.
# Wall times are printed too, but they only say which build the scheduler favoured.
# One more build alone with ReportAnalyzer gives the per-analyzer times.
# STRIP_MARKS=1 measures a codebase nobody has annotated: every PiiGuard mark removed, and the analyzers in inference
# mode (the inference variant) against the plain build.
#
#   tests/Allio.PiiGuard.LargeSolution/run-benchmark.sh [output folder]     REPETITIONS=5 DOMAINS=250 STRIP_MARKS=0
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(realpath -m "${1:-${TMPDIR:-/tmp}/piiguard-large}")"
repetitions="${REPETITIONS:-5}"
domains="${DOMAINS:-250}"
if [ "${STRIP_MARKS:-0}" = 1 ]; then
  variants="plain inference"
  write_options=--strip-marks
else
  variants="plain analyzers piiguard"
  write_options=
fi
measured="${variants#plain }"
reported="${measured##* }"

dotnet build "$here" -c Release -nologo -v:q
rm -rf "$out"
dotnet "$here/bin/Release/net10.0/Allio.PiiGuard.LargeSolution.dll" write "$out" --domains "$domains" $write_options
for variant in $variants; do
  dotnet restore "$out/$variant/LargeApp.csproj" -nologo -v:q
done
for dependency in src/Allio.PiiGuard analyzers/Allio.PiiGuard.Analyzers analyzers/Allio.PiiGuard.CodeFixes analyzers/Allio.PiiGuard.Generators; do
  dotnet build "$root/$dependency" -c Release --no-restore -nologo -v:q
done

build() { # variant label [report-analyzer]: writes $out/<label>.time ("wall user system") and $out/<label>.log
  /usr/bin/time -f "%e %U %S" -o "$out/$2.time" \
    dotnet build "$out/$1/LargeApp.csproj" -c Release --no-restore --no-incremental -p:BuildProjectReferences=false \
    -p:ReportAnalyzer="${3:-false}" -v:d -clp:PerformanceSummary -nologo > "$out/$2.log"
}

printf '%-4s %-9s %10s %10s %10s\n' rep variant cpu_s wall_s ratio | tee "$out/results.txt"
for repetition in $(seq 1 "$repetitions"); do
  for variant in $variants; do
    build "$variant" "$variant-$repetition" &
  done
  wait
  plain_cpu=
  for variant in $variants; do
    read -r wall user system < "$out/$variant-$repetition.time"
    cpu=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')
    plain_cpu=${plain_cpu:-$cpu}
    ratio=$(awk -v a="$plain_cpu" -v b="$cpu" 'BEGIN { printf "%.4f", b / a }')
    printf '%-4s %-9s %10s %10s %10s\n' "$repetition" "$variant" "$cpu" "$wall" "$ratio" | tee -a "$out/results.txt"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for variant in $measured; do
  ratio=$(awk -v v="$variant" '$2 == v { print $5 }' "$out/results.txt" | median)
  range=$(awk -v v="$variant" '$2 == v { print $5 }' "$out/results.txt" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.1f %% to %.1f %%", (lo - 1) * 100, (hi - 1) * 100 }')
  awk -v v="$variant" -v r="$ratio" -v range="$range" 'BEGIN { printf "%s: median CPU overhead over plain %.1f %% (repetitions: %s)\n", v, (r - 1) * 100, range }'
done

build "$reported" "$reported-report" true
echo "PiiGuard analyzer and generator times, one more $reported build alone with ReportAnalyzer ($out/$reported-report.log):"
grep -E 'Total (analyzer|generator) execution time|^ +[0-9.<]+ +[0-9<]+ +Allio\.PiiGuard' "$out/$reported-report.log" | sed 's/, Version=[^ ]*//'
