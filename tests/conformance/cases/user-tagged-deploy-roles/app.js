// Conformance case 'user-tagged-deploy-roles': a platform team's app as a user writes it. The
// organisation assumes its CDK roles with an external id and session tags (the deploy role's tags
// need bootstrap version 22), a shared stack holds the ingest function, and a service stack's
// function learns the shared stack's name and region through ScopedAws (exported and imported).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const env = { account: '111122223333', region: 'eu-central-1' };
const synth = () => new cdk.DefaultStackSynthesizer({
  deployRoleExternalId: 'platform-deploy',
  fileAssetPublishingExternalId: 'platform-publish',
  deployRoleAdditionalOptions: { Tags: [{ Key: 'CostCenter', Value: 'cc-42' }] },
});

const shared = new cdk.Stack(app, 'SharedServices', { env, synthesizer: synth() });
const ingest = new lambda.Function(shared, 'Ingest', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
  environment: { OWN_STACK: new cdk.ScopedAws(shared).stackName },
});

const api = new cdk.Stack(app, 'OrdersApi', { env, synthesizer: synth() });
const sharedAws = new cdk.ScopedAws(shared);
const handler = new lambda.Function(api, 'Handler', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('lambda-handler'),
  environment: {
    SHARED_STACK: sharedAws.stackName,
    SHARED_REGION: sharedAws.region,
    INGEST_FN: ingest.functionName,
  },
});
ingest.grantInvoke(handler);
new cdk.CfnOutput(api, 'Where', { value: `${sharedAws.accountId}:${sharedAws.urlSuffix}` });
app.synth();
