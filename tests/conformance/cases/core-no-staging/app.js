// Conformance case 'core-no-staging': `cdk synth --no-staging` (the aws:cdk:disable-asset-staging
// context, as SAM needs it): assets are not copied into the assembly, and the asset manifest and
// the template's aws:asset:path metadata name the source directories (absolute paths).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({ context: { 'aws:cdk:disable-asset-staging': true } });
const stack = new cdk.Stack(app, 'TestStack');
const layer = new lambda.LayerVersion(stack, 'Layer', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer')),
});
new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  layers: [layer],
});

app.synth();
