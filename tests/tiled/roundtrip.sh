#!/usr/bin/env bash
# Proof that designers can open our maps in Tiled, with Debian's `tiled` package (1.8+), headless:
#  - every maps/*.tmj renders with tmxrasterizer (a PNG that is not blank);
#  - every maps/*.tmj round-trips .tmj -> .tmx -> .tmj with `tiled --export-map` and the game still
#    loads the result, to the same level (tests/tiled/check.ts);
#  - the built extension (maps/extension/westgate.js) runs in Tiled's own JavaScript engine and reports
#    a broken map with the game's message.
# Without tiled/tmxrasterizer it says so and exits 0, unless TILED_REQUIRED=1 (CI) makes that a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
export QT_QPA_PLATFORM=offscreen

if ! command -v tiled >/dev/null 2>&1 || ! command -v tmxrasterizer >/dev/null 2>&1; then
  echo "tiled roundtrip: skipped: tiled and tmxrasterizer are not installed (sudo apt-get install -y tiled)"
  [ "${TILED_REQUIRED:-0}" = 1 ] && exit 1
  exit 0
fi

WORK="$(mktemp -d)"
TILED_PID=""
cleanup() {
  if [ -n "$TILED_PID" ]; then kill "$TILED_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# a copy of what the maps reference: tilesets, templates, the project file, the images
mkdir -p "$WORK/repo"
cp -r maps assets "$WORK/repo/"
rm -rf "$WORK/repo/maps/extension"
check() { (cd "$WORK/repo" && "$ROOT/node_modules/.bin/tsx" "$ROOT/tests/tiled/check.ts" "$@"); }
quiet() { "$@" 2>&1 | grep -v -e XDG_RUNTIME_DIR -e propagateSizeHints || true; }

failed=0
count=0
for map in maps/*.tmj; do
  name="$(basename "$map" .tmj)"
  count=$((count + 1))
  quiet tmxrasterizer "$WORK/repo/maps/$name.tmj" "$WORK/$name.png"
  if [ ! -s "$WORK/$name.png" ] || ! check png "$WORK/$name.png"; then
    echo "FAIL $map: tmxrasterizer did not render it"
    failed=1
    continue
  fi
  # side by side with the original, so relative references (tilesets/, templates/) still resolve
  quiet tiled --export-map tmx "$WORK/repo/maps/$name.tmj" "$WORK/repo/maps/$name.roundtrip.tmx"
  quiet tiled --export-map json "$WORK/repo/maps/$name.roundtrip.tmx" "$WORK/repo/maps/$name.roundtrip.tmj"
  if [ ! -s "$WORK/repo/maps/$name.roundtrip.tmj" ]; then
    echo "FAIL $map: tiled --export-map did not write the .tmx -> .tmj round trip"
    failed=1
    continue
  fi
  if ! check same . "maps/$name.tmj" "maps/$name.roundtrip.tmj"; then
    echo "FAIL $map: the game does not load it the same after .tmj -> .tmx -> .tmj"
    failed=1
  fi
done
[ "$count" -gt 0 ] || { echo "FAIL: no maps/*.tmj"; exit 1; }

# The extension in Tiled itself: a driver script beside it checks a broken copy of the first map on
# start-up and writes what the extension found; Tiled is stopped once the file appears.
first="$(ls maps/*.tmj | head -n 1)"
broken="$WORK/repo/maps/broken.tmj"
node -e '
  const fs = require("fs");
  const map = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  const o = map.layers.flatMap((l) => l.objects || []).find((x) => (x.type || x.class) === "guard");
  o.properties = [...(o.properties || []), { name: "visonRange", type: "int", value: 3 }];
  fs.writeFileSync(process.argv[2], JSON.stringify(map));
' "$first" "$broken"
EXT="$WORK/home/.config/tiled/extensions"
mkdir -p "$EXT"
cp maps/extension/westgate.js "$EXT/"
cat > "$EXT/zz-roundtrip-driver.js" <<JS
function out(text) { var f = new TextFile('$WORK/extension.txt', TextFile.WriteOnly); f.write(text); f.commit(); }
try {
  westgateExtension.checkMap('$broken').then(function (r) {
    out(r.problems.map(function (p) { return p.rule + ' ' + p.message; }).join('\n') || 'no problems');
  }, function (e) { out('failed: ' + e); });
} catch (e) { out('failed: ' + e); }
JS
HOME="$WORK/home" tiled >/dev/null 2>&1 &
TILED_PID=$!
for _ in $(seq 1 60); do
  [ -s "$WORK/extension.txt" ] && break
  sleep 0.5
done
kill "$TILED_PID" 2>/dev/null || true
wait "$TILED_PID" 2>/dev/null || true
TILED_PID=""
result="$(cat "$WORK/extension.txt" 2>/dev/null || echo 'nothing: the extension did not run')"
if printf '%s\n' "$result" | grep -q '^unknown-property property "visonRange" is not a guard property'; then
  echo "maps/extension/westgate.js: runs in $(tiled --version 2>/dev/null | tail -n 1) and reports a broken map"
else
  echo "FAIL maps/extension/westgate.js in Tiled: $result"
  failed=1
fi

if [ "$failed" = 0 ]; then echo "tiled roundtrip: ok ($count maps)"; else echo "tiled roundtrip: FAILED"; fi
exit "$failed"
