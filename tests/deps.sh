#!/bin/sh
# Installs the Debian packages named on the command line that are
# missing: with apt-get when root, otherwise prints the one command to
# run and fails.  Quiet when everything is there.
missing=""
for pkg in "$@"; do
	status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)
	case "$status" in
	*"install ok installed"*) ;;
	*) missing="$missing $pkg" ;;
	esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
	echo "cinto needs these Debian packages:$missing"
	echo "run:  sudo apt-get install -y$missing"
	exit 1
fi
echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may never have fetched the package lists.
if ! apt-get install -y --no-install-recommends $missing; then
	apt-get update && apt-get install -y --no-install-recommends $missing
fi
