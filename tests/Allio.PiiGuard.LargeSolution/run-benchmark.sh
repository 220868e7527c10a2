#!/usr/bin/env bash
# Build cost of PiiGuard on a large project: writes the generated application (1,000 files, ~215,000 lines by
# default), then compiles it with and without the PiiGuard analyzers and generator, interleaved, several times.
# Dependencies are built once; every measured build recompiles only the large project
# (--no-incremental, BuildProjectReferences=false) and reports analyzer times (ReportAnalyzer).
#
#   tests/Allio.PiiGuard.LargeSolution/run-benchmark.sh [output folder]     REPETITIONS=5 DOMAINS=250
#
# Prints per repetition the Csc task time and the wall time of each variant, then medians, the overhead ratio,
# and the per-analyzer times of the last PiiGuard build.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$(realpath -m "${1:-${TMPDIR:-/tmp}/piiguard-large}")"
repetitions="${REPETITIONS:-5}"
domains="${DOMAINS:-250}"

dotnet build "$here" -c Release -nologo -v:q
rm -rf "$out"
dotnet "$here/bin/Release/net10.0/Allio.PiiGuard.LargeSolution.dll" write "$out" --domains "$domains"
for variant in plain piiguard; do
  dotnet restore "$out/$variant/LargeApp.csproj" -nologo -v:q
done
for dependency in src/Allio.PiiGuard analyzers/Allio.PiiGuard.Analyzers analyzers/Allio.PiiGuard.Generators; do
  dotnet build "$root/$dependency" -c Release --no-restore -nologo -v:q
done

build() { # variant repetition -> "csc_ms wall_ms"
  local log="$out/$1-$2.log" start end
  start=$(date +%s%N)
  dotnet build "$out/$1/LargeApp.csproj" -c Release --no-restore --no-incremental -p:BuildProjectReferences=false \
    -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary -nologo > "$log"
  end=$(date +%s%N)
  local csc
  csc=$(grep -E '^ +[0-9]+ ms +Csc +[0-9]+ calls' "$log" | tail -1 | awk '{print $1}')
  echo "$csc $(( (end - start) / 1000000 ))"
}

printf '%-4s %-9s %10s %10s %14s %14s\n' rep variant csc_ms wall_ms piiguard_an_s piiguard_gen_s
for repetition in $(seq 1 "$repetitions"); do
  order="plain piiguard"; (( repetition % 2 == 0 )) && order="piiguard plain"
  for variant in $order; do
    read -r csc wall < <(build "$variant" "$repetition")
    log="$out/$variant-$repetition.log"
    # The plain build has no PiiGuard line: no match is not an error.
    analyzers=$(grep -E '^ +[0-9.<]+ +[0-9<]+ +Allio\.PiiGuard\.Analyzers,' "$log" | head -1 | awk '{print $1}' || true)
    generators=$(grep -E '^ +[0-9.<]+ +[0-9<]+ +Allio\.PiiGuard\.Generators,' "$log" | head -1 | awk '{print $1}' || true)
    printf '%-4s %-9s %10s %10s %14s %14s\n' "$repetition" "$variant" "$csc" "$wall" "${analyzers:--}" "${generators:--}" | tee -a "$out/results.txt"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for column in 3 4; do
  name=$([ "$column" = 3 ] && echo csc_ms || echo wall_ms)
  plain=$(awk -v c="$column" '$2 == "plain" { print $c }' "$out/results.txt" | median)
  piiguard=$(awk -v c="$column" '$2 == "piiguard" { print $c }' "$out/results.txt" | median)
  awk -v n="$name" -v a="$plain" -v b="$piiguard" 'BEGIN { printf "median %s: plain %.0f, piiguard %.0f, overhead %.1f %%\n", n, a, b, (b / a - 1) * 100 }'
done
awk '$2 == "piiguard" { print $5 }' "$out/results.txt" | median | xargs printf 'median PiiGuard analyzer time reported by the compiler: %s s\n'

echo "PiiGuard analyzer and generator times of the last PiiGuard build ($out/piiguard-$repetitions.log):"
grep -E 'Total (analyzer|generator) execution time|^ +[0-9.<]+ +[0-9<]+ +Allio\.PiiGuard' "$out/piiguard-$repetitions.log" | sed 's/, Version=[^ ]*//'
