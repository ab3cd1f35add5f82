#!/usr/bin/env sh
# azd postdeploy hook: subscribe every blob-triggered function (source EventGrid) to BlobCreated events of its container.
# The functions come from the generated manifest (function.json files with "blobTrigger"), so a new blob function needs
# no change here. Idempotent: `az eventgrid system-topic event-subscription create` updates an existing subscription.
#
#   postdeploy.sh          create/update the subscriptions (needs az, the azd environment and a deployed app)
#   postdeploy.sh --list   only print "<function> <container>" for each blob function (no Azure calls)
#
# BF_MANIFEST_DIR: a folder with the generated function.json files (e.g. the publish output). Default: generated now
# with `dotnet run ... functions manifest` from the checked-out code, the same code azd just deployed.
set -eu
cd "$(dirname "$0")/../.."

manifest="${BF_MANIFEST_DIR:-}"
if [ -z "$manifest" ]; then
  manifest=$(mktemp -d)
  trap 'rm -rf "$manifest"' EXIT
  dotnet run --project functions/Bleiberecht.Functions -c Release -v quiet -- functions manifest "$manifest" >/dev/null
fi

# "<function> <container>" per blob-triggered function, sorted by function name.
blob_functions() {
  for file in "$manifest"/*/function.json; do
    [ -f "$file" ] || continue
    grep -q '"type": *"blobTrigger"' "$file" || continue
    function=$(basename "$(dirname "$file")")
    container=$(sed -n 's/.*"path": *"\([^/"]*\)\/.*/\1/p' "$file" | head -n 1)
    [ -n "$container" ] || { echo "no container path in $file" >&2; exit 1; }
    echo "$function $container"
  done | sort
}

if [ "${1:-}" = "--list" ]; then
  blob_functions
  exit 0
fi

: "${AZURE_FUNCTION_APP_NAME:?}" "${AZURE_FUNCTION_APP_URL:?}" "${AZURE_RESOURCE_GROUP:?}" "${STORAGE_EVENTS_TOPIC_NAME:?}"
functions=$(blob_functions)
[ -n "$functions" ] || { echo "No blob-triggered functions: no Event Grid subscription needed."; exit 0; }

key=$(az functionapp keys list -n "$AZURE_FUNCTION_APP_NAME" -g "$AZURE_RESOURCE_GROUP" --query "systemKeys.blobs_extension" -o tsv)
[ -n "$key" ] || { echo "the blobs_extension key is not there yet: is the app deployed and started?" >&2; exit 1; }

echo "$functions" | while read -r function container; do
  # Subscription names: 3-64 letters, digits and dashes.
  name=$(printf 'blob-%s' "$function" | tr 'A-Z_' 'a-z-' | cut -c1-64)
  az eventgrid system-topic event-subscription create \
    --name "$name" \
    --resource-group "$AZURE_RESOURCE_GROUP" \
    --system-topic-name "$STORAGE_EVENTS_TOPIC_NAME" \
    --endpoint-type webhook \
    --endpoint "${AZURE_FUNCTION_APP_URL}/runtime/webhooks/blobs?functionName=Host.Functions.${function}&code=${key}" \
    --included-event-types Microsoft.Storage.BlobCreated \
    --subject-begins-with "/blobServices/default/containers/${container}/" \
    --output none
  echo "Event Grid subscription $name: BlobCreated in ${container} -> ${function}"
done
