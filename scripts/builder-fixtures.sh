#!/bin/sh
# The LibreOffice fixtures of the builder's round-trip test (test/builder/fixtures/libreoffice/<dataset>.xlsx|.ods):
# each dataset written by our writer, then opened and saved by LibreOffice Calc. Needs `npm run build` (the CLI)
# and soffice (apt-get install -y libreoffice-calc); CI does not, the files are committed.
# Usage: sh scripts/builder-fixtures.sh [dataset …]   (no names: every dataset in demo/data without fixtures)
set -eu
out=test/builder/fixtures/libreoffice
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -eq 0 ]; then
  for file in demo/data/*.json; do
    name=$(basename "$file" .json)
    [ -f "$out/$name.xlsx" ] && [ -f "$out/$name.ods" ] || set -- "$@" "$name"
  done
fi
for name in "$@"; do
  mkdir -p "$tmp/ours"
  node dist/cli/pc-charts.mjs convert "demo/data/$name.json" -o "$tmp/ours/$name.xlsx" >/dev/null 2>&1
  for format in xlsx ods; do
    soffice --headless -env:UserInstallation="file://$tmp/profile" --convert-to "$format" \
      --outdir "$tmp/$format" "$tmp/ours/$name.xlsx" >/dev/null
    cp "$tmp/$format/$name.$format" "$out/$name.$format"
  done
  echo "$out/$name.xlsx, $out/$name.ods"
done
