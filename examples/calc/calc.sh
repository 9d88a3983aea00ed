#!/bin/sh
# A tiny calculator, the project several samples build, test and deploy.
#   sh calc.sh add 2 3   prints 5
op=$1
a=$2
b=$3
case "$op" in
    add) echo $((a + b)) ;;
    sub) echo $((a - b)) ;;
    mul) echo $((a * b)) ;;
    *) echo "usage: calc.sh add|sub|mul A B" >&2; exit 2 ;;
esac
