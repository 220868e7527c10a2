#!/usr/bin/env bash
# Recall and false alarms of PII006 against hand labels of a checkout: a buildless scan with inference, then each
# labelled member is looked up among the PII006 findings.
# Usage: tests/pii006-recall.sh <checkout-path> <labels.tsv> [report-folder]
# labels.tsv: one member a line, tab-separated: path (relative to the checkout), type, member, personal|not|out
# (out: outside the rule's definition, such as a navigation to a person's type; not scored).
# A member is a field, a property, a record's positional parameter, or a getter method written `GetX()` (also when
# it takes parameters: the report's `GetX(...)` is read as `GetX()`).
set -euo pipefail
checkout="${1:?usage: $0 <checkout-path> <labels.tsv> [report-folder]}"
labels="${2:?usage: $0 <checkout-path> <labels.tsv> [report-folder]}"
reports="${3:-$(mktemp -d)}"
mkdir -p "$reports"
here="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build "$here/src/Allio.PiiGuard.Cli" -c Release -v q -nologo >/dev/null
dotnet "$here/src/Allio.PiiGuard.Cli/bin/Release/net10.0/Allio.PiiGuard.Cli.dll" \
  scan --buildless --infer "$checkout" --fail-on none -f json -o "$reports" >"$reports/stdout.txt" 2>"$reports/stderr.txt" || true
# Each finding as path<TAB>Type.Member, the name quoted at the start of the message.
jq -r '.findings[] | select(.ruleId == "PII006") | [.path, (.message | capture("^.(?<n>[^'"'"']*)'"'"'").n)] | @tsv' \
  "$reports/piiguard-report.json" | sed 's/(\.\.\.)$/()/' | sort -u >"$reports/pii006.tsv"
awk -F'\t' -v out="$reports/misses.tsv" '
  NR == FNR { reported[$1 "\t" $2] = 1; next }
  $4 == "out" { delete reported[$1 "\t" $2 "." $3]; outside++; next }
  {
    key = $1 "\t" $2 "." $3; hit = (key in reported); delete reported[key]
    if ($4 == "personal") { positives++; if (hit) found++; else print "missed\t" key > out }
    else { negatives++; if (hit) { alarms++; print "false alarm\t" key > out } }
  }
  END {
    unlabelled = 0; for (k in reported) unlabelled++
    printf "labelled members: %d (%d personal, %d not)\n", positives + negatives, positives, negatives
    printf "recall: %d/%d = %.1f %%\n", found, positives, positives ? 100 * found / positives : 0
    printf "false alarms: %d/%d = %.1f %%\n", alarms, negatives, negatives ? 100 * alarms / negatives : 0
    printf "findings on unlabelled declarations (parameters, other files): %d\n", unlabelled
    if (outside) printf "members labelled out of scope (not scored): %d\n", outside
  }' "$reports/pii006.tsv" "$labels"
echo "misses and false alarms: $reports/misses.tsv"
# One finding per declaration: a missed member whose type derives from or implements a type of the checkout whose
# member of the same name is reported is covered by the mark written there. Counted apart, by the declarations' text.
python3 - "$checkout" "$reports/pii006.tsv" "$reports/misses.tsv" <<'PY'
import re, sys, pathlib
checkout, reported_path, misses_path = sys.argv[1:]
reported = {line.rstrip('\n').split('\t')[1] for line in open(reported_path) if '\t' in line}
def bases(path, type_name):
    text = pathlib.Path(checkout, path).read_text(errors='replace')
    match = re.search(r'\b(?:class|struct|record|interface)\s+' + re.escape(type_name) + r'\b[^{:;]*:\s*([^{;]+)', text)
    if not match: return []
    names = re.sub(r'<[^<>]*>', '', re.sub(r'\bwhere\b.*', '', match.group(1)))
    return [n.strip().split('.')[-1] for n in names.split(',') if n.strip()]
covered = 0
for line in open(misses_path):
    kind, path, member = line.rstrip('\n').split('\t')
    if kind != 'missed': continue
    type_name, _, name = member.partition('.')
    if any(f'{base}.{name}' in reported for base in bases(path, type_name)):
        covered += 1
print(f"missed members covered by a reported base or interface declaration (one finding per declaration): {covered}")
PY
