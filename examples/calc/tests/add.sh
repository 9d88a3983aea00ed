# Tests of addition: run from the project's folder with  sh tests/add.sh
fail=0
check() {
    if [ "$2" = "$3" ]; then echo "ok    $1 = $3"
    else echo "FAIL  $1: expected $2, got $3"; fail=1; fi
}
check "2 + 3" 5 "$(sh calc.sh add 2 3)"
check "0 + 0" 0 "$(sh calc.sh add 0 0)"
check "-4 + 1" -3 "$(sh calc.sh add -4 1)"
exit $fail
