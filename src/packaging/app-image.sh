#!/usr/bin/env bash
# Builds a self-contained Strata app image (its own trimmed Java runtime, no JDK needed to run):
#   src/packaging/app-image.sh  →  target/image/strata/bin/strata [FILE]
# Needs a JDK 17+ with jlink and jpackage (any full JDK has both).
set -euo pipefail
cd "$(dirname "$0")/../.."

./mvnw -B -q package -DskipTests

java_home=$(dirname "$(dirname "$(readlink -f "$(command -v jlink || echo "${JAVA_HOME:-}/bin/jlink")")")")
stage=target/app-stage
rm -rf "$stage" target/runtime target/image
mkdir -p "$stage"
cp target/strata.jar "$stage/"
cp -r target/lib "$stage/lib"

# JavaFX and the libraries run from the class path; the runtime needs only these JDK modules.
"$java_home/bin/jlink" \
  --add-modules java.base,java.desktop,java.logging,java.xml,java.sql,java.naming,java.scripting,jdk.unsupported,jdk.xml.dom \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output target/runtime

"$java_home/bin/jpackage" \
  --type app-image \
  --name strata \
  --app-version "$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' pom.xml | head -n 1)" \
  --input "$stage" \
  --main-jar strata.jar \
  --main-class dev.strata.Main \
  --runtime-image target/runtime \
  --icon src/main/resources/dev/strata/ui/icons/strata-256.png \
  --dest target/image

echo "app image: target/image/strata ($(du -sh target/image/strata | cut -f1)); run target/image/strata/bin/strata [FILE]"
