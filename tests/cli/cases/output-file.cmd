mizan-tokenize -o "${TMPDIR:-/tmp}/mizan-cli-out.csv" --format=csv --types=number tests/data/cli/two-sentences.txt && cat "${TMPDIR:-/tmp}/mizan-cli-out.csv" && rm "${TMPDIR:-/tmp}/mizan-cli-out.csv"
