// Bleiberecht Functions: everything `azd up` creates. Subscription scope: one resource group per environment.
// The containers, queues and tables come from storage-resources.json, which a test keeps equal to the app's
// StorageResourceCatalog: a feature declares a resource in code, regenerates that file, and Bicep creates it.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; used for the resource group name and the resource token.')
param environmentName string

@minLength(1)
@description('Region for all resources (Flex Consumption must be available there, e.g. germanywestcentral, westeurope).')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the deploying user: gets data access to storage for debugging. Empty: none.')
param principalId string = ''

@description('Entra ID app registration (client id) for App Service authentication in front of the HTTP API. Empty: authentication is not configured (the API then rejects every call that needs a role).')
param authClientId string = ''

@allowed([ 'None', 'Smtp', 'AzureCommunicationServices' ])
@description('How outgoing mail is sent: None (not configured; sending fails), an SMTP relay of the city, or Azure Communication Services Email (the managed identity needs a role on it).')
param mailProvider string = 'None'

@description('Sender address of outgoing mail (the secretariat\'s functional mailbox); required unless mailProvider is None.')
param mailFrom string = ''

@description('SMTP relay host (mailProvider = Smtp). Credentials, if any, go into Key Vault references, never here.')
param smtpHost string = ''

@description('SMTP relay port (587 = submission with STARTTLS).')
param smtpPort string = '587'

@description('Azure Communication Services endpoint (mailProvider = AzureCommunicationServices); the managed identity signs in.')
param acsEndpoint string = ''

var abbrs = loadJsonContent('abbreviations.json')
var storageResources = loadJsonContent('storage-resources.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName, application: 'bleiberecht-functions' }
var functionAppName = '${abbrs.webSitesFunctions}bleiberecht-${resourceToken}'
var deploymentContainerName = 'app-package-${take(resourceToken, 7)}'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}bleiberecht-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    containers: concat(storageResources.containers, [ deploymentContainerName ])
    queues: storageResources.queues
    tables: storageResources.tables
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    identityPrincipalId: identity.outputs.principalId
    userPrincipalId: principalId
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    authClientId: authClientId
    mailProvider: mailProvider
    mailFrom: mailFrom
    smtpHost: smtpHost
    smtpPort: smtpPort
    acsEndpoint: acsEndpoint
  }
  dependsOn: [ rbac ]
}

module eventGrid 'modules/eventgrid.bicep' = {
  name: 'eventgrid'
  scope: rg
  params: {
    name: '${abbrs.eventGridSystemTopics}storage-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = functionApp.outputs.url
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
// scripts/azd/postdeploy.sh subscribes each blob-triggered function of the manifest to this topic.
output STORAGE_EVENTS_TOPIC_NAME string = eventGrid.outputs.systemTopicName
