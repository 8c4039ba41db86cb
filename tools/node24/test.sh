#!/usr/bin/env bash
# `npm run test:node24`: the event-store, API and reliability suites again, under Node 24 (the
# production runtime) while node_modules stays built for the development Node. Node 24 and its
# better-sqlite3 addon come from tools/node24 (install.sh runs first when they are missing); the
# addon is handed to every connection through ORGLEDGER_SQLITE_BINDING.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tools="$root/tools/node24"
binding="$tools/node_modules/better-sqlite3/build/Release/better_sqlite3.node"
if [ ! -x "$tools/node_modules/.bin/node" ] || [ ! -f "$binding" ]; then bash "$tools/install.sh" || exit 1; fi

export PATH="$tools/node_modules/.bin:$PATH"
export ORGLEDGER_SQLITE_BINDING="$binding" ORGLEDGER_EXPECT_NODE_MAJOR=24
echo "test:node24: node $(node --version) ($(command -v node)), addon $binding"
case "$(node --version)" in v24.*) ;; *) echo "test:node24: expected Node 24" >&2; exit 1 ;; esac
cd "$root"
jest="$root/node_modules/.bin/jest"

failed=()
run() { # name, folder, command...
  local name="$1" dir="$2" start=$SECONDS
  shift 2
  echo "test:node24: $name"
  (cd "$dir" && "$@") || failed+=("$name")
  echo "test:node24: $name took $((SECONDS - start)) s"
}
run build . node "$root/node_modules/.bin/nx" run-many -t build --output-style=static
run event-store packages/event-store node "$jest"
run api apps/api node "$jest" --runInBand
# its package script, which names the files: Node 24's `node --test dir/` runs dir as a module instead of searching it
run reliability tests/reliability npm test
if [ ${#failed[@]} -gt 0 ]; then
  echo "test:node24: FAILED under Node $(node --version): ${failed[*]}" >&2
  exit 1
fi
echo "test:node24: all suites passed under Node $(node --version) in ${SECONDS} s"
