#!/usr/bin/env bash
# Build cost of PiiGuard on a large project: writes the generated application (1,000 files, ~215,000 lines by
# default), then compiles it interleaved, several times, three ways: plain (no PiiGuard), analyzers (PiiGuard's
# analyzers alone) and piiguard (analyzers and generator, whose hooks are compiled with the project).
# Dependencies are built once; every measured build recompiles only the large project
# (--no-incremental, BuildProjectReferences=false). The ratio is taken without ReportAnalyzer, which times every
# analyzer callback and so slows the variant with more analyzers; one more PiiGuard build with it gives the
# per-analyzer times.
#
#   tests/Allio.PiiGuard.LargeSolution/run-benchmark.sh [output folder]     REPETITIONS=5 DOMAINS=250
#
# Prints per repetition the Csc task time and the wall time of each variant, then medians, the overhead ratio,
# and the per-analyzer times of the ReportAnalyzer build.
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

build() { # variant repetition [report-analyzer] -> "csc_ms wall_ms"
  local log="$out/$1-$2.log" start end project=$1 generator=true
  [ "$1" = analyzers ] && project=piiguard generator=false
  start=$(date +%s%N)
  dotnet build "$out/$project/LargeApp.csproj" -c Release --no-restore --no-incremental -p:BuildProjectReferences=false \
    -p:PiiGuardGenerator=$generator -p:ReportAnalyzer="${3:-false}" -v:d -clp:PerformanceSummary -nologo > "$log"
  end=$(date +%s%N)
  local csc
  csc=$(grep -E '^ +[0-9]+ ms +Csc +[0-9]+ calls' "$log" | tail -1 | awk '{print $1}')
  echo "$csc $(( (end - start) / 1000000 ))"
}

printf '%-4s %-9s %10s %10s\n' rep variant csc_ms wall_ms
for repetition in $(seq 1 "$repetitions"); do
  case $(( repetition % 3 )) in
    1) order="plain analyzers piiguard" ;;
    2) order="analyzers piiguard plain" ;;
    *) order="piiguard plain analyzers" ;;
  esac
  for variant in $order; do
    read -r csc wall < <(build "$variant" "$repetition")
    printf '%-4s %-9s %10s %10s\n' "$repetition" "$variant" "$csc" "$wall" | tee -a "$out/results.txt"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for column in 3 4; do
  name=$([ "$column" = 3 ] && echo csc_ms || echo wall_ms)
  plain=$(awk -v c="$column" '$2 == "plain" { print $c }' "$out/results.txt" | median)
  for variant in analyzers piiguard; do
    measured=$(awk -v c="$column" -v v="$variant" '$2 == v { print $c }' "$out/results.txt" | median)
    awk -v n="$name" -v v="$variant" -v a="$plain" -v b="$measured" 'BEGIN { printf "median %s: plain %.0f, %s %.0f, overhead %.1f %%\n", n, a, v, b, (b / a - 1) * 100 }'
  done
done
read -r csc wall < <(build piiguard report true)
echo "PiiGuard analyzer and generator times, one more PiiGuard build with ReportAnalyzer (Csc $csc ms; $out/piiguard-report.log):"
grep -E 'Total (analyzer|generator) execution time|^ +[0-9.<]+ +[0-9<]+ +Allio\.PiiGuard' "$out/piiguard-report.log" | sed 's/, Version=[^ ]*//'
