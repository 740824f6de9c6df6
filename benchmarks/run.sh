#!/usr/bin/env bash
# Measures tcgen against its peers, on the same inputs in the same run, and writes BENCHMARKS.md at the
# repository root. Needs a JDK 17+, Maven and Maven Central (the peers are fetched as Maven artifacts).
#
#   benchmarks/run.sh                 # everything, about 13 minutes on 2 idle cores (20 with CORPUS)
#   RUNS=7 benchmarks/run.sh          # more whole-process runs per figure (default 5, after one warm-up)
#   CORPUS=../shared/corpus benchmarks/run.sh   # also VPC from the corpus: the CLI whole process, and the Maven
#                                               # plugins (benchmarks/maven-generation.sh)
#
# Timings are reported, never asserted. Whole-process figures alternate tcgen and the peer run by run, so
# that other load on the machine hits both alike; the load average is recorded with the results.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=${RUNS:-5}
work=benchmarks/target/run
rm -rf "$work"
mkdir -p "$work/times" "$work/commands" "$work/out"

log() { printf '\n== %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; }

log "build (tcgen, the generated client, the plugin, the benchmarks; fetches the peers)"
mvn -B -ntp -q -Pbenchmarks -pl benchmarks -am -DskipTests package
tcgen=generator/target/tcgen.jar
openapi_generator=benchmarks/target/peers/openapi-generator-cli.jar
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"

{
  echo "date $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cores $(nproc)"
  echo "cpu $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "jdk $(java -version 2>&1 | head -1)"
  echo "load_start $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$work/machine.txt"

log "inputs"
inputs=(getruncalls omics synthetic)
declare -A spec
spec[getruncalls]=spec/omics/2022-11-28.yaml
spec[omics]=$work/omics.yaml
spec[synthetic]=$work/synthetic.yaml
tencent=generator/src/test/resources/tencent
java -jar "$tcgen" import --api "$tencent/en/api.json" --examples "$tencent/en/examples.json" \
    --errors "$tencent/omics-error-codes.json" --output "${spec[omics]}" 2>"$work/import-notes.txt"
java -cp "$classpath" dev.tcgen.benchmarks.synthetic.SyntheticSpec "${spec[synthetic]}"
if [ -n "${CORPUS:-}" ]; then
  # VPC (448 actions), the service the issue's Maven figure is taken on: the CLI is timed on it as well.
  inputs+=(vpc)
  spec[vpc]=$work/vpc.yaml
  vpc_api=$CORPUS/tccli/vpc/v20170312
  java -jar "$tcgen" import --api "$vpc_api/api.json" --examples "$vpc_api/examples.json" --output "${spec[vpc]}" \
      2>"$work/vpc-import-notes.txt"
fi
for input in "${inputs[@]}"; do
  java -jar "$tcgen" openapi --spec "${spec[$input]}" --output "$work/$input.openapi.json" >/dev/null
  java -jar "$tcgen" check --spec "${spec[$input]}" | tee "$work/$input.check.txt"
done

# measure FILE OUTPUT_DIR COMMAND...: runs COMMAND into an empty OUTPUT_DIR, appends "wall_s cpu_s" to FILE.
measure() {
  local file=$1 output=$2 TIMEFORMAT='%R %U %S' timing
  shift 2
  rm -rf "$output"
  timing=$( { time "$@" >"$work/last.log" 2>&1; } 2>&1 ) || { echo "failed: $*" >&2; tail -20 "$work/last.log" >&2; exit 1; }
  awk '{ printf "%s %.3f\n", $1, $2 + $3 }' <<<"$timing" >> "$file"
}

log "generation, whole process: $runs runs each after one warm-up, alternating"
for input in "${inputs[@]}"; do
  out=$work/out/$input
  tcgen_cmd=(java -jar "$tcgen" generate --spec "${spec[$input]}" --output "$out/tcgen")
  # The JIT's C1 compiler only, as README's "Generating a large service faster" suggests.
  tuned_cmd=(java -XX:TieredStopAtLevel=1 -jar "$tcgen" generate
             --spec "${spec[$input]}" --output "$out/tuned")
  peer_cmd=(java -jar "$openapi_generator" generate -i "$work/$input.openapi.json" -g java --library native
            -o "$out/peer" --global-property models,apis,modelTests=false,modelDocs=false,apiTests=false,apiDocs=false)
  # Loading and checking the spec without rendering anything: what generation costs before JavaPoet.
  check_cmd=(java -jar "$tcgen" check --spec "${spec[$input]}")
  echo "${check_cmd[*]}" > "$work/commands/$input.check.txt"
  echo "${tcgen_cmd[*]}" > "$work/commands/$input.tcgen.txt"
  echo "${tuned_cmd[*]}" > "$work/commands/$input.tuned.txt"
  echo "${peer_cmd[*]}" > "$work/commands/$input.peer.txt"
  for run in $(seq 0 "$runs"); do
    suffix=$([ "$run" -eq 0 ] && echo warmup || echo txt)
    measure "$work/times/$input.tcgen.$suffix" "$out/tcgen" "${tcgen_cmd[@]}"
    measure "$work/times/$input.peer.$suffix" "$out/peer" "${peer_cmd[@]}"
    measure "$work/times/$input.tuned.$suffix" "$out/tuned" "${tuned_cmd[@]}"
    measure "$work/times/$input.check.$suffix" "$out/check" "${check_cmd[@]}"
  done
  # One more run that prints the JIT's own CPU time (-XX:+CITime): "jit_s cpu_s" of that run.
  rm -rf "$out/jit"
  TIMEFORMAT='%U %S'
  jit_timing=$( { time java -XX:+UnlockDiagnosticVMOptions -XX:+CITime -jar "$tcgen" generate --spec "${spec[$input]}" \
      --output "$out/jit" >"$work/$input.citime.txt" 2>&1; } 2>&1 )
  unset TIMEFORMAT
  awk -v cpu="$jit_timing" '/Total compilation time/ { split(cpu, t, " "); printf "%s %.3f\n", $5, t[1] + t[2] }' \
      "$work/$input.citime.txt" > "$work/times/$input.jit.txt"
  echo "$input: tcgen $(find "$out/tcgen" -name '*.java' | wc -l) files, OpenAPI Generator $(find "$out/peer" -name '*.java' | wc -l) files"
  find "$out/tcgen" -name '*.java' | wc -l > "$work/times/$input.tcgen.files"
  find "$out/peer" -name '*.java' | wc -l > "$work/times/$input.peer.files"
done

jmh() { java -cp "$classpath" org.openjdk.jmh.Main "$@"; }

log "generation, warm in-process (JMH)"
jmh GenerationBenchmark -p spec="${spec[getruncalls]},${spec[omics]},${spec[synthetic]}" \
    -f 1 -wi 3 -w 2s -i 5 -r 2s -rf json -rff "$work/jmh-generation.json" > "$work/jmh-generation.log"

log "plugin: full and up-to-date generate executions, whole omics service"
for run in $(seq 1 "$runs"); do
  java -cp "$classpath" dev.tcgen.benchmarks.plugin.PluginNoOp "${spec[omics]}" "$work/plugin" full >> "$work/plugin-cold.txt"
  java -cp "$classpath" dev.tcgen.benchmarks.plugin.PluginNoOp "${spec[omics]}" "$work/plugin" noop >> "$work/plugin-cold.txt"
done
java -cp "$classpath" dev.tcgen.benchmarks.plugin.PluginNoOp "${spec[omics]}" "$work/plugin" pairs 10 > "$work/plugin-warm.txt"

log "signing (JMH, -prof gc)"
jmh SigningBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff "$work/jmh-signing.json" > "$work/jmh-signing.log"

log "a call's own stages without the network (JMH, -prof gc)"
jmh CallStagesBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc -rf json -rff "$work/jmh-stages.json" > "$work/jmh-stages.log"

log "calls over loopback (JMH sample mode, -prof gc)"
java -Dsun.net.httpserver.nodelay=true -cp "$classpath" dev.tcgen.benchmarks.calls.ExampleServer \
    "${spec[getruncalls]}" 0 > "$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do grep -q '^listening on' "$work/server.log" && break; sleep 0.1; done
port=$(sed -n 's/^listening on //p' "$work/server.log")
[ -n "$port" ] || { echo "the example server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }
# The server's JVM warms up first, with every client, so that whichever benchmark runs first (the floor) does
# not measure a cold server. Each benchmark then warms its own fork for 45 s: with 16 threads busy on two cores
# the JIT's compiler threads get little CPU, and calls/s kept climbing for about 30 s here, for the floor and
# both clients alike (with the 10 s used before, the figures measured the JIT's progress; the per-iteration
# series are in the logs this writes).
jmh CallBenchmark -p port="$port" -t 16 -f 1 -wi 0 -i 1 -r 5s > "$work/jmh-calls-server-warmup.log"
for threads in 1 16; do
  jmh CallBenchmark -p port="$port" -t "$threads" -f 1 -wi 15 -w 3s -i 5 -r 3s -prof gc \
      -rf json -rff "$work/jmh-calls-$threads.json" > "$work/jmh-calls-$threads.log"
done
kill "$server"
trap - EXIT

if [ -n "${CORPUS:-}" ]; then
  log "generation inside Maven: the plugins on VPC from the corpus"
  benchmarks/maven-generation.sh "$CORPUS" "$runs"
  cp benchmarks/target/maven-generation/tcgen.txt "$work/times/vpc.plugin.tcgen.txt"
  cp benchmarks/target/maven-generation/openapi.txt "$work/times/vpc.plugin.peer.txt"
  cp benchmarks/target/maven-generation/tcgen-c1.txt "$work/times/vpc.plugin.tcgen-c1.txt"
  cp benchmarks/target/maven-generation/openapi-c1.txt "$work/times/vpc.plugin.peer-c1.txt"
  cp benchmarks/target/maven-generation/tcgen-repeated.txt "$work/times/vpc.plugin.tcgen-repeated.txt"
  cp benchmarks/target/maven-generation/openapi-repeated.txt "$work/times/vpc.plugin.peer-repeated.txt"
fi

echo "load_end $(cut -d' ' -f1-3 /proc/loadavg)" >> "$work/machine.txt"
log "report"
java -cp "$classpath" dev.tcgen.benchmarks.report.Report "$work" "$runs" > BENCHMARKS.md
cat BENCHMARKS.md
