# Sourced by .ci/setup and .ci/test: installs the Debian packages geokg needs
# when any is missing (apt-get as root, sudo otherwise). Idempotent and quiet.
GEOKG_DEBS=(
  build-essential cmake pkg-config
  libboost-graph-dev rapidjson-dev libfmt-dev doctest-dev libcli11-dev
  libpugixml-dev libicu-dev libyaml-dev iso-codes
  graphviz
  python3 python3-networkx python3-igraph python3-graph-tool
)
geokg_install_deps() {
  local missing=()
  for p in "${GEOKG_DEBS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    echo "geokg: installing missing Debian packages: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "geokg: installing Node.js and npm (for the graphology reader tests)"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >/dev/null
  fi
}
geokg_build() {
  cmake -S "$GEOKG_ROOT" -B "$GEOKG_ROOT/build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$GEOKG_ROOT/build" -j"$(nproc)"
}
