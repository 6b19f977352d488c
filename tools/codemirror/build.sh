#!/bin/sh
# Rebuilds the editor's vendored CodeMirror: src/main/resources/META-INF/resources/vendor/
# codemirror/codemirror.js (one minified IIFE that defines window.CM with what entry.js exports)
# and the LICENSE beside it (the licence of every package in the bundle). The exact versions are
# in package.json and package-lock.json; npm installs them in a temporary folder, never in the
# project. Needs node and npm. Run from anywhere: tools/codemirror/build.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../src/main/resources/META-INF/resources/vendor/codemirror"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$here/.npmrc" "$here/entry.js" \
  "$here/licences.js" "$scratch/"
cd "$scratch"
npm ci --no-audit --no-fund
mkdir -p "$out"
./node_modules/.bin/esbuild entry.js --bundle --minify --format=iife --global-name=CM \
  --target=es2020 --legal-comments=eof --metafile=meta.json --outfile="$out/codemirror.js"
node licences.js meta.json > "$out/LICENSE"
