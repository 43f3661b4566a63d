#!/usr/bin/env bash
# The test command (README "Testing", and what .ci/run runs): every test, the browser tests
# included. The browser tests drive Debian's headless Chromium through chromedriver; on a
# machine without them this installs them first (apt-get, as root or with sudo), then runs
# `cargo test --locked` with any arguments given.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "tests/run.sh: installing chromium and chromium-driver for the browser tests" >&2
  sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium chromium-driver
fi

CHROMIUM="$(command -v chromium)" CHROMEDRIVER="$(command -v chromedriver)" cargo test --locked "$@"
