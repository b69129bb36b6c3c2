#!/usr/bin/env bash
# Builds the three services' images where a container engine exists (docker or podman; this
# project's CI has none, so verify checks the Dockerfile and the manifests instead, in ImagesTest):
#
#   deploy/images/build.sh          the tag the Kubernetes base deploys
#   deploy/images/build.sh 0.2.0    another tag
#
# Each image is dtmonitor/<service>:<tag>, the name deploy/k8s/base refers to.
set -euo pipefail
cd "$(dirname "$0")/../.."

TAG="${1:-0.1.0}"
ENGINE="${ENGINE:-$(command -v docker || command -v podman || true)}"
if [[ -z "$ENGINE" ]]; then
  echo "no container engine (docker or podman) on this machine" >&2
  exit 1
fi
SERVICES=(programme-service reporting-service indicator-service)

./mvnw -B -q package -DskipTests -Ddtm.lint.skip=true -pl "$(IFS=,; echo "${SERVICES[*]}")" -am
for service in "${SERVICES[@]}"; do
  "$ENGINE" build -f deploy/images/Dockerfile.jvm -t "dtmonitor/$service:$TAG" "$service"
done
