#!/usr/bin/env bash
# Buildless scan with inference of any C# checkout, for a reviewer's first look and to measure the scan on large
# repositories: no MSBuild evaluation, no restore, nothing of the checkout runs.
# Usage: tests/buildless-scan.sh <checkout-path> [report-folder]
set -euo pipefail
checkout="${1:?usage: $0 <checkout-path> [report-folder]}"
reports="${2:-$(mktemp -d)}"
mkdir -p "$reports"
here="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build "$here/src/Allio.PiiGuard.Cli" -c Release -v q -nologo >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "C# files: $(find "$checkout" -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' | wc -l)," \
     "lines: $(find "$checkout" -name '*.cs' -not -path '*/bin/*' -not -path '*/obj/*' -exec cat {} + | wc -l)"
start=$(date +%s.%N)
set +e
/usr/bin/time -v dotnet "$here/src/Allio.PiiGuard.Cli/bin/Release/net10.0/Allio.PiiGuard.Cli.dll" \
  scan --buildless --infer "$checkout" --fail-on none -f json -o "$reports" 2>"$reports/stderr.txt" >"$reports/stdout.txt"
code=$?
set -e
end=$(date +%s.%N)
echo "exit code: $code, wall time: $(echo "$end - $start" | bc) s, peak memory: $(grep 'Maximum resident' "$reports/stderr.txt" | awk '{print $6}') KB"
grep -E '^buildless:|^warning: buildless' "$reports/stderr.txt" | cut -c1-300 || true
grep -iE 'exception|AD0001' "$reports/stderr.txt" | head -5 || echo "no exception"
tail -2 "$reports/stdout.txt"
