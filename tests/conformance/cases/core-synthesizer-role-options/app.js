// Conformance case 'core-synthesizer-role-options': DefaultStackSynthesizer's external ids
// (deployRoleExternalId, lookupRoleExternalId, fileAssetPublishingExternalId,
// imageAssetPublishingExternalId) and AssumeRole options of each role, in a stack with an environment
// holding a file asset, an image asset and an availability-zones lookup (manifest.json's "missing"
// gets the lookup role's id and options): options without Tags need no newer bootstrap version, an
// empty Tags list does (aws-cdk-lib tests it for truthiness); a second stack with only the ids, in a
// Stage.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const tags = { Tags: [{ Key: 'Team', Value: 'Orders' }], TransitiveTagKeys: ['Team'] };
const stack = new cdk.Stack(app, 'Roles', {
  env: { account: '123456789012', region: 'eu-west-1' },
  synthesizer: new cdk.DefaultStackSynthesizer({
    deployRoleExternalId: 'deploy-ext',
    lookupRoleExternalId: 'lookup-ext',
    fileAssetPublishingExternalId: 'file-ext',
    imageAssetPublishingExternalId: 'image-ext',
    deployRoleAdditionalOptions: { DurationSeconds: 3600 },
    lookupRoleAdditionalOptions: { Tags: [] },
    fileAssetPublishingRoleAdditionalOptions: tags,
    imageAssetPublishingRoleAdditionalOptions: { Policy: '{"Version":"2012-10-17"}' },
  }),
});
new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
});
new lambda.DockerImageFunction(stack, 'ImageFn', {
  code: lambda.DockerImageCode.fromImageAsset('docker-lambda-handler'),
});
new cdk.CfnOutput(stack, 'Azs', { value: stack.availabilityZones.join(',') });

const stage = new cdk.Stage(app, 'Beta');
const ids = new cdk.Stack(stage, 'Ids', {
  synthesizer: new cdk.DefaultStackSynthesizer({
    deployRoleExternalId: 'deploy-ext',
    lookupRoleExternalId: 'lookup-ext',
    fileAssetPublishingExternalId: 'file-ext',
    imageAssetPublishingExternalId: 'image-ext',
  }),
});
new lambda.Function(ids, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
});
app.synth();
