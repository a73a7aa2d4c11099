#!/bin/sh
# Runs test programs and scripts, each of which ends its output with
# "N passed, N failed", and adds them up.  The last line of this runner
# is the total in the same form.  A suite that exits without such a line
# counts as one failure.
total_pass=0
total_fail=0
for t in "$@"; do
	[ -e "$t" ] || continue
	out=$(mktemp)
	case "$t" in
	*.sh)	sh "$t" >"$out" 2>&1 ;;
	*)	"$t" >"$out" 2>&1 ;;
	esac
	status=$?
	last=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$out" | tail -n 1)
	if [ -z "$last" ]; then
		p=0; f=1
	else
		p=${last%% passed*}
		f=${last#*, }; f=${f%% failed}
	fi
	if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
	fi
	if [ "$f" -ne 0 ]; then
		cat "$out"
		echo "--- $t: exit status $status"
	fi
	printf '%-32s %s passed, %s failed\n' "$(basename "$t")" "$p" "$f"
	# A suite's own tallies ("draft7: N passed, N failed"), indented.
	grep -E '^[^ ].*: [0-9]+ passed, [0-9]+ failed' "$out" | sed 's/^/    /'
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
	rm -f "$out"
done
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
