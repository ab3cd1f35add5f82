#!/usr/bin/env sh
# azd postdeploy hook: subscribe the inbox blob-trigger function to BlobCreated events of the inbox container.
# Idempotent: `az eventgrid system-topic event-subscription create` updates an existing subscription.
set -eu
: "${AZURE_FUNCTION_APP_NAME:?}" "${AZURE_RESOURCE_GROUP:?}" "${INBOX_SYSTEM_TOPIC_NAME:?}" "${INBOX_CONTAINER_NAME:=inbox}"
FUNCTION_NAME="${INBOX_FUNCTION_NAME:-InboxBlob}"
key=$(az functionapp keys list -n "$AZURE_FUNCTION_APP_NAME" -g "$AZURE_RESOURCE_GROUP" --query "systemKeys.blobs_extension" -o tsv)
[ -n "$key" ] || { echo "the blobs_extension key is not there yet: is the app deployed and started?" >&2; exit 1; }
az eventgrid system-topic event-subscription create \
  --name inbox-blob-created \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --system-topic-name "$INBOX_SYSTEM_TOPIC_NAME" \
  --endpoint-type webhook \
  --endpoint "https://${AZURE_FUNCTION_APP_NAME}.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.${FUNCTION_NAME}&code=${key}" \
  --included-event-types Microsoft.Storage.BlobCreated \
  --subject-begins-with "/blobServices/default/containers/${INBOX_CONTAINER_NAME}/" \
  --output none
echo "Event Grid subscription inbox-blob-created -> ${FUNCTION_NAME} is in place."
