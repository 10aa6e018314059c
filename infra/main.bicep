// Kindred on Azure: App Service (Linux, Node) + Azure Bot (Teams and Direct Line channels) + Blob storage for state.
//
// Deploy into an existing resource group (see docs/deploy.md):
//   az deployment group create -g <group> -f infra/main.bicep -p baseName=kindred
//
// NOT VALIDATED: no Bicep compiler could be installed where this file was written (the Bicep CLI is a
// .NET binary downloaded from GitHub/Azure, which that network blocks). Run `az bicep build -f
// infra/main.bicep` and a what-if deployment before relying on it.

targetScope = 'resourceGroup'

@description('Short name used to derive resource names. Lower-case letters and digits.')
@minLength(3)
@maxLength(11)
param baseName string = 'kindred'

@description('Region for the App Service and storage. The Azure Bot itself is global.')
param location string = resourceGroup().location

@description('''How the bot proves who it is to Bot Framework. UserAssignedMSI (default) creates a managed identity and needs no secret.
SingleTenant uses an Entra app registration you created (microsoftAppId + microsoftAppPassword).
MultiTenant only for bots registered before Azure stopped creating new multi-tenant bots (31 July 2025).''')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
  'MultiTenant'
])
param microsoftAppType string = 'UserAssignedMSI'

@description('App registration (client) id. Required for SingleTenant and MultiTenant; ignored for UserAssignedMSI.')
param microsoftAppId string = ''

@description('Client secret of that app registration. Required for SingleTenant and MultiTenant; ignored for UserAssignedMSI.')
@secure()
param microsoftAppPassword string = ''

@description('Entra tenant of the app registration or managed identity. Defaults to this subscription\'s tenant.')
param microsoftAppTenantId string = subscription().tenantId

@description('Direct Line secret for the web chat token endpoint. Leave empty on the first deployment, then redeploy with the key of the "Kindred web chat" site (see docs/deploy.md).')
@secure()
param directLineSecret string = ''

@description('Country (ISO 3166-1 alpha-2) whose crisis lines are shown when nothing else tells the bot.')
param defaultCountry string = 'US'

@description('Locale used when the channel does not say, like en-US or es-MX.')
param defaultLocale string = 'en-US'

@description('Node.js major version on App Service (Linux). Kindred is tested on Node 20; Node 20 reached end of life in April 2026, so move to 24-lts once the tests pass there.')
@allowed([
  '20-lts'
  '22-lts'
  '24-lts'
])
param nodeVersion string = '20-lts'

@description('App Service plan size. B1 is the smallest with Always On, which keeps the bot answering without a cold start.')
param appServicePlanSku string = 'B1'

@description('Azure Bot pricing tier. F0 is free with a message quota on premium channels; S1 is paid.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Blob container that holds conversation state.')
param storageContainer string = 'kindred-state'

@description('Tags applied to every resource.')
param tags object = {
  app: 'kindred'
}

var suffix = uniqueString(resourceGroup().id, baseName)
var usesManagedIdentity = microsoftAppType == 'UserAssignedMSI'

// ---------------------------------------------------------------------------------------------
// Storage: conversation and user state (botbuilder-azure-blobs). Private, https only.

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${baseName}st${suffix}', 24)
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource stateContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: storageContainer
  properties: {
    publicAccess: 'None'
  }
}

var storageConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

// ---------------------------------------------------------------------------------------------
// Bot identity: a user-assigned managed identity when microsoftAppType is UserAssignedMSI.

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (usesManagedIdentity) {
  name: '${baseName}-bot-id-${suffix}'
  location: location
  tags: tags
}

var effectiveAppId = usesManagedIdentity ? botIdentity.properties.clientId : microsoftAppId
var effectiveTenantId = usesManagedIdentity ? botIdentity.properties.tenantId : microsoftAppTenantId

// ---------------------------------------------------------------------------------------------
// App Service: the Node server (POST /api/messages, GET /healthz, the web chat and its token endpoint).

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${baseName}-plan-${suffix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: '${baseName}-${suffix}'
  location: location
  tags: tags
  kind: 'app,linux'
  identity: usesManagedIdentity
    ? {
        type: 'UserAssigned'
        userAssignedIdentities: {
          '${botIdentity.id}': {}
        }
      }
    : null
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|${nodeVersion}'
      appCommandLine: 'node dist/index.js'
      healthCheckPath: '/healthz'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Names match src/config.ts. PORT is set by App Service itself.
      appSettings: [
        { name: 'MicrosoftAppType', value: microsoftAppType }
        { name: 'MicrosoftAppId', value: effectiveAppId }
        { name: 'MicrosoftAppPassword', value: usesManagedIdentity ? '' : microsoftAppPassword }
        { name: 'MicrosoftAppTenantId', value: microsoftAppType == 'MultiTenant' ? '' : effectiveTenantId }
        { name: 'DEFAULT_COUNTRY', value: defaultCountry }
        { name: 'DEFAULT_LOCALE', value: defaultLocale }
        { name: 'DIRECT_LINE_SECRET', value: directLineSecret }
        { name: 'STORAGE_CONNECTION_STRING', value: storageConnectionString }
        { name: 'STORAGE_CONTAINER', value: storageContainer }
        { name: 'LOG_LEVEL', value: 'info' }
        // The package is built before upload (docs/deploy.md), so App Service must not rebuild it.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
  dependsOn: [
    stateContainer
  ]
}

// ---------------------------------------------------------------------------------------------
// Azure Bot: registers the messaging endpoint with Bot Framework and turns on Teams and Direct Line.

var publicUrl = 'https://${webApp.properties.defaultHostName}'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${baseName}-bot-${suffix}'
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Kindred'
    description: 'Finds support groups, counsellors and crisis lines for people affected by trauma. An automated assistant, not an emergency service.'
    endpoint: '${publicUrl}/api/messages'
    msaAppId: effectiveAppId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppType == 'MultiTenant' ? null : effectiveTenantId
    msaAppMSIResourceId: usesManagedIdentity ? botIdentity.id : null
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource directLineChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Kindred web chat'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          // The server trades the secret for a short-lived token; the browser never sees the secret.
          isSecureSiteEnabled: false
          isWebchatPreviewEnabled: false
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

// ---------------------------------------------------------------------------------------------

@description('Web App to deploy the built package to (az webapp deploy -n ...).')
output webAppName string = webApp.name

@description('Public https address of the bot; pass it to npm run package:teams as --public-url.')
output publicUrl string = publicUrl

@description('Bot Framework messaging endpoint registered on the Azure Bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('The bot\'s Microsoft App ID; pass it to npm run package:teams as --app-id.')
output microsoftAppId string = effectiveAppId

@description('Azure Bot resource name (az bot directline show -n ...).')
output botName string = bot.name

@description('Storage account holding conversation state.')
output storageAccountName string = storage.name
