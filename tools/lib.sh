# Shared by tools/*: repository paths, the setup cache, and the native and web builds.
# Source it; it defines functions and exports the environment the builds need.
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${NEWSLENS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newslens}
export NODE_PATH=/usr/share/nodejs
export EM_CACHE="$cache/em-cache"
jobs=$(nproc 2>/dev/null || echo 2)

load_paths() {
  [ -f "$cache/paths.env" ] || "$repo/tools/setup"
  set -a
  # shellcheck disable=SC1091
  . "$cache/paths.env"
  set +a
}

build_native() {
  cmake --preset native -S "$repo" >/dev/null
  cmake --build "$repo/build/native" -j"$jobs"
}

build_web() {  # build_web [web|dist]
  local preset=${1:-web}
  load_paths
  cmake --preset "$preset" -S "$repo" >/dev/null
  cmake --build "$repo/build/$preset" -j"$jobs"
}
