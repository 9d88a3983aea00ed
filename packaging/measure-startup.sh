#!/usr/bin/env bash
# Time from start to the first window: the packaged Pipewright against the smallest JavaFX window
# (packaging/baseline/HelloWindow.java) packaged the same way (packaging/Package.java: jlink runtime,
# jpackage launcher, class-data-sharing archive), started in turns on one virtual display (Xvfb).
#   packaging/measure-startup.sh [RUNS] [PIPEWRIGHT_LAUNCHER]
# RUNS defaults to 7; the launcher to the app image of `mvn -Ppackage package`
# (target/packaging/image/Pipewright/bin/Pipewright); give /opt/pipewright/bin/Pipewright for the
# installed .deb. Prints each run, the medians and their ratio, for the wall-clock time and for the CPU
# time the process used until then (user + system, all threads: on a busy machine the steadier figure).
# Needs Xvfb and xdotool (Debian: xvfb xdotool).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
app=${2:-target/packaging/image/Pipewright/bin/Pipewright}
out=target/packaging/baseline
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || { echo "measure-startup: $tool is missing (apt-get install xvfb xdotool)" >&2; exit 1; }
done
[ -x "$app" ] || { echo "measure-startup: no launcher at $app: build it with mvn -Ppackage package" >&2; exit 1; }

# the yardstick, packaged by the same program with the same options
if [ ! -x "$out/image/HelloWindow/bin/HelloWindow" ]; then
  fx=$(ls target/packaging/lib/javafx-*-*[a-z].jar | grep -v -- '-[0-9.]*\.jar$' | paste -sd:)
  rm -rf "$out" && mkdir -p "$out/classes" "$out/lib"
  javac -d "$out/classes" --module-path "$fx" --add-modules javafx.controls packaging/baseline/HelloWindow.java
  jar --create --file "$out/hellowindow.jar" -C "$out/classes" .
  cp ${fx//:/ } "$out/lib/"
  java packaging/Package.java --jar "$out/hellowindow.jar" --libs "$out/lib" --out "$out" --name HelloWindow \
    --launcher hellowindow --cli-launcher= --main-class HelloWindow --types=app-image --version 1.0.0
fi
baseline=$out/image/HelloWindow/bin/HelloWindow

display=""
for n in $(seq 160 199); do
  [ -e /tmp/.X11-unix/X$n ] || [ -e /tmp/.X$n-lock ] || { display=:$n; break; }
done
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
export DISPLAY=$display

# "WALL CPU": milliseconds from the launcher's start until a window with this title is mapped (polled
# every 10 ms), and the CPU milliseconds the process had used by then
first_window() {
  local title=$1; shift
  local t0 t1 pid ticks
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 & pid=$!
  until xdotool search --onlyvisible --name "$title" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "measure-startup: $1 ended without a window" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%N)
  ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  kill $pid 2>/dev/null; wait $pid 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $(( ticks * 1000 / $(getconf CLK_TCK) ))"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

first_window Pipewright "$app" >/dev/null  # one start each to warm the file cache, not counted
first_window "Hello window" "$baseline" >/dev/null
app_wall=(); app_cpu=(); base_wall=(); base_cpu=()
for i in $(seq "$runs"); do
  read -r aw ac < <(first_window Pipewright "$app"); read -r bw bc < <(first_window "Hello window" "$baseline")
  app_wall+=("$aw"); app_cpu+=("$ac"); base_wall+=("$bw"); base_cpu+=("$bc")
  echo "run $i: Pipewright $aw ms (CPU $ac ms), minimal JavaFX window $bw ms (CPU $bc ms)"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
aw=$(printf '%s\n' "${app_wall[@]}" | median); bw=$(printf '%s\n' "${base_wall[@]}" | median)
ac=$(printf '%s\n' "${app_cpu[@]}" | median); bc=$(printf '%s\n' "${base_cpu[@]}" | median)
echo "median of $runs, wall clock: Pipewright $aw ms, minimal JavaFX window $bw ms, ratio $(ratio "$aw" "$bw")"
echo "median of $runs, CPU time:   Pipewright $ac ms, minimal JavaFX window $bc ms, ratio $(ratio "$ac" "$bc")"
