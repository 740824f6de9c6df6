#!/usr/bin/env bash
# Times generation where users run it: the `generate` goal of tcgen's Maven plugin and of OpenAPI Generator's
# Maven plugin, each inside a real `mvn generate-sources` of a consumer project, from clean output, in the same
# Maven, on VPC imported from the corpus (tcgen reads the imported spec, OpenAPI Generator its OpenAPI export).
# Runs alternate between the two, so that other load on the machine hits both alike.
#
#   benchmarks/maven-generation.sh ../shared/corpus [RUNS]     # RUNS executions of each (default 5)
#
# The figure is the plugin execution alone: from Maven's "--- plugin:version:generate" line to the end of the
# build, read from Maven's own timestamped log, so Maven's start-up and project loading (the same for both) are
# left out. Then each plugin runs RUNS times in one `mvn generate-sources`, each execution into an empty directory
# of its own, as a reactor that generates several services (or a Maven daemon) runs it: the first execution pays
# for the cold plugin, the later ones run on what the JIT compiled for the earlier. Prints a summary and writes
# benchmarks/target/maven-generation/results.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(cd "${1:?usage: benchmarks/maven-generation.sh CORPUS_DIR [RUNS]}" && pwd)
runs=${2:-5}
cd "$root"
work=benchmarks/target/maven-generation
repo=benchmarks/target/maven-generation-repo
rm -rf "$work"
mkdir -p "$work"
log() { printf '== %s (%s)\n' "$*" "$(date -u +%H:%M:%S)"; }

# The consumer resolves the plugin from a local repository of its own, so that nothing is installed into the
# user's ~/.m2. It starts as a copy of ~/.m2 when there is one (saves downloading Maven's own plugins again).
if [ ! -d "$repo" ] && [ -d "$HOME/.m2/repository" ]; then
  log "seeding $repo from ~/.m2/repository"
  cp -a "$HOME/.m2/repository" "$repo"
fi
log "install tcgen's plugin into $repo"
mvn -B -ntp -q install -DskipTests -Dinvoker.skip=true -pl maven-plugin -am -Dmaven.repo.local="$root/$repo"
tcgen=generator/target/tcgen.jar
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
openapi_version=$(sed -n 's:.*<openapi-generator.version>\(.*\)</openapi-generator.version>.*:\1:p' pom.xml)

log "import VPC from the corpus and export it as OpenAPI"
api=$corpus/tccli/vpc/v20170312
java -jar "$tcgen" import --api "$api/api.json" --examples "$api/examples.json" --output "$work/consumer/vpc.yaml" \
    > "$work/import.log" 2>&1 || { cat "$work/import.log" >&2; exit 1; }
java -jar "$tcgen" openapi --spec "$work/consumer/vpc.yaml" --output "$work/consumer/vpc.openapi.json" > /dev/null

# executions PLUGIN: $runs executions of the generate goal, each into an output directory of its own, for the
# builds that run the plugin several times in one Maven (a reactor generating several services, a Maven daemon).
executions() {
  local i output=output
  [ "$1" = tcgen ] && output=outputDirectory
  for i in $(seq 1 "$runs"); do
    printf '<execution><id>run-%d</id><goals><goal>generate</goal></goals><configuration><%s>%s</%s></configuration></execution>' \
        "$i" "$output" "\${project.build.directory}/generated-sources/run-$i" "$output"
  done
}

# plugin PLUGIN EXECUTIONS: the plugin element of tcgen or openapi, configured alike in every build.
plugin() {
  if [ "$1" = tcgen ]; then
    cat <<XML
<plugin>
        <groupId>dev.tcgen</groupId>
        <artifactId>tcgen-maven-plugin</artifactId>
        <version>$version</version>
        <executions>$2</executions>
        <configuration>
          <specs><spec>\${project.basedir}/vpc.yaml</spec></specs>
        </configuration>
      </plugin>
XML
  else
    cat <<XML
<plugin>
        <groupId>org.openapitools</groupId>
        <artifactId>openapi-generator-maven-plugin</artifactId>
        <version>$openapi_version</version>
        <executions>$2</executions>
        <configuration>
          <inputSpec>\${project.basedir}/vpc.openapi.json</inputSpec>
          <generatorName>java</generatorName>
          <library>native</library>
          <generateApiTests>false</generateApiTests>
          <generateModelTests>false</generateModelTests>
          <generateApiDocumentation>false</generateApiDocumentation>
          <generateModelDocumentation>false</generateModelDocumentation>
          <generateSupportingFiles>false</generateSupportingFiles>
        </configuration>
      </plugin>
XML
  fi
}
once='<execution><goals><goal>generate</goal></goals></execution>'

cat > "$work/consumer/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>vpc-consumer</artifactId>
  <version>1</version>
  <profiles>
    <profile><id>tcgen</id><build><plugins>$(plugin tcgen "$once")</plugins></build></profile>
    <profile><id>tcgen-repeated</id><build><plugins>$(plugin tcgen "$(executions tcgen)")</plugins></build></profile>
    <profile><id>openapi</id><build><plugins>$(plugin openapi "$once")</plugins></build></profile>
    <profile><id>openapi-repeated</id><build><plugins>$(plugin openapi "$(executions openapi)")</plugins></build></profile>
  </profiles>
</project>
POM

# maven LOG PROFILE [MAVEN_OPTS]: one `mvn generate-sources` of the consumer from clean output, its log timestamped.
maven() {
  rm -rf "$work/consumer/target"
  MAVEN_OPTS="${3:-}" mvn -B -ntp -o -f "$work/consumer/pom.xml" -P"$2" -Dmaven.repo.local="$root/$repo" \
      -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
      generate-sources > "$1" 2>&1 || { tail -30 "$1" >&2; exit 1; }
}
# Milliseconds of the day of a log line's HH:mm:ss.SSS timestamp, for the awk programs that read those logs.
clock='function ms(t,  p) { split(t, p, /[:.]/); return ((p[1] * 60 + p[2]) * 60 + p[3]) * 1000 + p[4] }'

# run PROFILE N [MAVEN_OPTS]: one build with one execution; prints "plugin_ms mvn_ms files".
run() {
  local log=$work/$1-$2${3:+-c1}.log start end
  start=$(date +%s%N)
  maven "$log" "$1" "${3:-}"
  end=$(date +%s%N)
  awk -v mvn_ms=$(( (end - start) / 1000000 )) -v files="$(find "$work/consumer/target" -name '*.java' | wc -l)" "$clock"'
    /--- .*:generate / { start = ms($1) }
    start && /BUILD SUCCESS/ { printf "%d %d %d\n", ms($1) - start, mvn_ms, files; exit }' "$log"
}

log "warm-up: one build of each (fills caches, resolves the plugins)"
mvn -B -ntp -q -f "$work/consumer/pom.xml" -Ptcgen,openapi -Dmaven.repo.local="$root/$repo" generate-sources \
    > "$work/warmup.log" 2>&1 || { tail -30 "$work/warmup.log" >&2; exit 1; }
log "$runs builds of each, alternating"
for i in $(seq 1 "$runs"); do
  run tcgen "$i" >> "$work/tcgen.txt"
  run openapi "$i" >> "$work/openapi.txt"
done
# The same with Maven's JVM on the C1 compiler only, as a project sets it in .mvn/jvm.config: a fresh JVM
# spends much of a large generation compiling JavaPoet with C2, which two cores cannot hide.
c1=-XX:TieredStopAtLevel=1
log "$runs builds of each with MAVEN_OPTS=$c1, alternating"
for i in $(seq 1 "$runs"); do
  run tcgen "$i" "$c1" >> "$work/tcgen-c1.txt"
  run openapi "$i" "$c1" >> "$work/openapi-c1.txt"
done
# repeated PLUGIN: one build with all $runs executions in it; prints "plugin_ms id files" for each.
repeated() {
  local log=$work/$1-repeated.log
  maven "$log" "$1-repeated"
  awk -v dir="$work/consumer/target/generated-sources" "$clock"'
    function done(t) { if (id) { cmd = "find " dir "/" id " -name \"*.java\" | wc -l"; cmd | getline files; close(cmd)
                                 printf "%d %s %d\n", ms(t) - start, id, files; id = "" } }
    / --- / { done($1) }
    / --- .*:generate \(run-[0-9]+\)/ { start = ms($1); id = $0; sub(/.*\(/, "", id); sub(/\).*/, "", id) }
    /BUILD SUCCESS/ { done($1); exit }' "$log"
}
log "one build of each with $runs executions in it"
repeated tcgen > "$work/tcgen-repeated.txt"
repeated openapi > "$work/openapi-repeated.txt"
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
t=$(cut -d' ' -f1 "$work/tcgen.txt" | median)
o=$(cut -d' ' -f1 "$work/openapi.txt" | median)
tc1=$(cut -d' ' -f1 "$work/tcgen-c1.txt" | median)
oc1=$(cut -d' ' -f1 "$work/openapi-c1.txt" | median)
{
  echo "vpc plugin execution, median of $runs: tcgen ${t} ms ($(cut -d' ' -f3 "$work/tcgen.txt" | head -1) files), OpenAPI Generator $openapi_version ${o} ms ($(cut -d' ' -f3 "$work/openapi.txt" | head -1) files), ratio $(awk -v a="$o" -v b="$t" 'BEGIN { printf "%.1f", a / b }')x"
  echo "tcgen runs (plugin_ms mvn_ms files): $(tr '\n' ';' < "$work/tcgen.txt")"
  echo "openapi runs (plugin_ms mvn_ms files): $(tr '\n' ';' < "$work/openapi.txt")"
  echo "with MAVEN_OPTS=$c1: tcgen ${tc1} ms, OpenAPI Generator ${oc1} ms, ratio $(awk -v a="$oc1" -v b="$tc1" 'BEGIN { printf "%.1f", a / b }')x"
  echo "tcgen runs with $c1: $(tr '\n' ';' < "$work/tcgen-c1.txt")"
  echo "openapi runs with $c1: $(tr '\n' ';' < "$work/openapi-c1.txt")"
  tf=$(cut -d' ' -f1 "$work/tcgen-repeated.txt" | median)
  of=$(cut -d' ' -f1 "$work/openapi-repeated.txt" | median)
  echo "$runs executions in one build: tcgen ${tf} ms, OpenAPI Generator ${of} ms, ratio $(awk -v a="$of" -v b="$tf" 'BEGIN { printf "%.1f", a / b }')x"
  echo "tcgen executions (plugin_ms id files): $(tr '\n' ';' < "$work/tcgen-repeated.txt")"
  echo "openapi executions (plugin_ms id files): $(tr '\n' ';' < "$work/openapi-repeated.txt")"
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$work/results.txt"
