#!/usr/bin/env bash
# Builds the RingScope app-image and .deb with jpackage (JDK 17). Not part of CI.
#
#   installer/build-installer.sh            # app-image and .deb
#   installer/build-installer.sh app-image  # app-image only
#
# Output goes to target/installer/ (never commit it). See installer/README.md for what it does and measured sizes.
# Any --jlink-options replaces jpackage's defaults, so its four defaults are repeated (no --compress: see README).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
WHAT="${1:-all}"
NAME="RingScope"
VERSION="0.1.0"            # jpackage wants digits only; keep in step with the pom's version
OUT="$ROOT/target/installer"
STAGE="$OUT/stage"
# From `jdeps --print-module-deps` over the runtime jars (see README) plus what reflection and JDBC need at run time.
JAVA_MODULES="java.sql,java.logging,java.naming,java.net.http,jdk.unsupported,java.desktop,java.management,jdk.crypto.ec"
JAVA_MODULES="$JAVA_MODULES,java.scripting,java.rmi,java.instrument,java.compiler,jdk.net"
FX_MODULES="javafx.controls,javafx.fxml,javafx.swing,javafx.web,javafx.media"

command -v jpackage >/dev/null || { echo "jpackage not found: install a full JDK 17 (not a JRE)" >&2; exit 1; }

echo "== mvn package"
mvn -B -q -DskipTests package

echo "== staging"
rm -rf "$OUT"
mkdir -p "$STAGE/input/lib" "$STAGE/fxmods"
# JavaFX: the platform jars (javafx-*-<version>-linux.jar) are real modules and go on the module path, so jlink puts
# JavaFX into the runtime; the empty classifier-less javafx-*.jar stubs are left out.
for jar in target/lib/*.jar; do
    base="$(basename "$jar")"
    case "$base" in
        javafx-*-linux.jar) cp "$jar" "$STAGE/fxmods/" ;;
        javafx-*) ;;
        *) cp "$jar" "$STAGE/input/lib/" ;;
    esac
done
cp target/ringscope.jar "$STAGE/input/"
# The bundled datasets ride along in the image ($APPDIR/datasets); the app finds them via -Dringscope.datasets.
cp -r datasets "$STAGE/input/datasets"

COMMON=(
    --name "$NAME"
    --app-version "$VERSION"
    --vendor "RingScope"
    --description "Investigation workbench for account networks in AI API usage logs"
    --dest "$OUT"
)

echo "== jpackage app-image"
jpackage "${COMMON[@]}" \
    --type app-image \
    --input "$STAGE/input" \
    --main-jar ringscope.jar \
    --main-class ringscope.app.Launcher \
    --module-path "$STAGE/fxmods" \
    --add-modules "$FX_MODULES,$JAVA_MODULES" \
    --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands" \
    --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" \
    --java-options "-Dringscope.datasets=\$APPDIR/datasets"

if [ "$WHAT" = "app-image" ]; then
    du -sh "$OUT/$NAME"
    exit 0
fi

echo "== jpackage deb"
# JavaFX's native libraries live inside its jars, so jpackage cannot see that they need GTK: declare it.
jpackage "${COMMON[@]}" \
    --type deb \
    --app-image "$OUT/$NAME" \
    --linux-package-name ringscope \
    --linux-deb-maintainer "maintainers@ringscope.invalid" \
    --linux-menu-group "Office" \
    --linux-shortcut \
    --linux-package-deps "libgtk-3-0"

du -sh "$OUT/$NAME" "$OUT"/*.deb
