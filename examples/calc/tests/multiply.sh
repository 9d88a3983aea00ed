# Tests of multiplication and subtraction: run from the project's folder with  sh tests/multiply.sh
fail=0
check() {
    if [ "$2" = "$3" ]; then echo "ok    $1 = $3"
    else echo "FAIL  $1: expected $2, got $3"; fail=1; fi
}
check "6 x 7" 42 "$(sh calc.sh mul 6 7)"
check "5 x 0" 0 "$(sh calc.sh mul 5 0)"
check "9 - 4" 5 "$(sh calc.sh sub 9 4)"
exit $fail
