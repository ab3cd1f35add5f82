// Event Grid system topic on the storage account. The subscriptions that feed the blob triggers (one per
// blob-triggered function of the generated manifest, e.g. the inbox: BlobCreated in its container -> the host's
// blobs webhook) are created after deployment by scripts/azd/postdeploy.sh, because they need the host's
// blobs_extension key, which exists only once the app's code (with its blob-trigger function.json) is deployed.
param name string
param location string
param tags object
param storageAccountName string

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2024-06-01-preview' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: account.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output systemTopicName string = topic.name
