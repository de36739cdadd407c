#!/usr/bin/env bash
# Run every Hypothesis test module under N different seeds (default 20): a property that fails for
# one seed in twenty shows up here, not at random in CI. `make test-seeds` (not part of `make test`).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
SEEDS=${SEEDS:-20}
mapfile -t modules < <(grep -rl --include='test_*.py' -E '^from hypothesis|^import hypothesis' tests | sort)
echo "Hypothesis modules: ${modules[*]}"
failed=0
for seed in $(seq 1 "$SEEDS"); do
    if QT_QPA_PLATFORM=offscreen "$PY" -m pytest -q -p no:cacheprovider \
        -n 2 --dist loadgroup -m "not slow" --hypothesis-seed="$seed" "${modules[@]}" >/tmp/seed-$seed.log 2>&1; then
        echo "seed $seed: $(tail -1 /tmp/seed-$seed.log)"
    else
        echo "seed $seed: FAILED — $(tail -1 /tmp/seed-$seed.log) (log: /tmp/seed-$seed.log)"
        failed=1
    fi
done
exit $failed
