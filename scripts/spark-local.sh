#!/usr/bin/env bash
# Runs SparkAnnotate in local mode from the source tree (Spark's jars from the Maven repository):
#   scripts/spark-local.sh INPUT OUTPUT [--master 'local[2]'] [--docs-per-partition N] [--no-xmi]
# It prints the run's documents/s and the executors' task time per document (docs/s per core).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cp_file="$here/spark/target/classpath.txt"
mvn -B -q -f "$here/pom.xml" -pl spark -am -DskipTests package dependency:build-classpath \
  -Dmdep.includeScope=compile -Dmdep.outputFile="$cp_file" >&2
exec java ${QUOTESTANCE_JAVA_OPTS:--Xmx2g} -cp "$here/spark/target/classes:$(cat "$cp_file")" \
  org.quotestance.spark.SparkAnnotate "$@"
