// Flex Consumption plan and the function app. Runtime `custom` 1.0: the Functions host starts our
// self-contained linux-x64 executable (custom handler) and forwards HTTP requests and trigger invocations.
param name string
param planName string
param location string
param tags object
param storageAccountName string
param deploymentContainerName string
param identityId string
param identityClientId string
param applicationInsightsName string
param authClientId string
param mailProvider string
param mailFrom string
param smtpHost string
param smtpPort string
param acsEndpoint string
param instanceMemoryMB int = 2048
param maximumInstanceCount int = 40

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'app' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${account.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'custom'
        version: '1.0'
      }
    }
  }
}

// App settings: identity-based storage (no keys, no connection strings with secrets), monitoring, mail.
// Exactly the settings of KnownSettings marked Bicep (a test parses this block); FUNCTIONS_WORKER_RUNTIME is not an
// app setting on Flex Consumption (functionAppConfig.runtime says `custom`). APPLICATIONINSIGHTS_* are read by the
// Functions host (invocation telemetry, captured logs), not by the app.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    AzureWebJobsStorage__blobServiceUri: account.properties.primaryEndpoints.blob
    AzureWebJobsStorage__queueServiceUri: account.properties.primaryEndpoints.queue
    AzureWebJobsStorage__tableServiceUri: account.properties.primaryEndpoints.table
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    Mail__Provider: mailProvider
    Mail__From: mailFrom
    Mail__SmtpHost: smtpHost
    Mail__SmtpPort: smtpPort
    Mail__AcsEndpoint: acsEndpoint
  }
}

// App Service authentication (Entra ID) in front of the HTTP API. The app reads the caller from the
// X-MS-CLIENT-PRINCIPAL header the platform sets; unauthenticated calls get 401 before reaching it.
// The token store is off: the app never needs the caller's tokens, only the validated principal.
resource auth 'Microsoft.Web/sites/config@2024-04-01' = if (!empty(authClientId)) {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'Return401'
      // Health for probes; the blob extension webhook is called by Event Grid and guarded by its system key.
      excludedPaths: [ '/api/health', '/runtime/webhooks/blobs' ]
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: authClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [ 'api://${authClientId}' ]
        }
      }
    }
    login: {
      tokenStore: { enabled: false }
    }
  }
}

output name string = site.name
output url string = 'https://${site.properties.defaultHostName}'
