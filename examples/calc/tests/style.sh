# A style check: each shell file says what it is in a comment, and no line is over 100 characters.
fail=0
for f in calc.sh tests/*.sh; do
    grep -q '^#' "$f" || { echo "FAIL  $f has no comment saying what it is"; fail=1; }
    if awk "length > 100 { exit 1 }" "$f"; then echo "ok    $f"
    else echo "FAIL  $f has a line over 100 characters"; fail=1; fi
done
exit $fail
