// Conformance case 'current-version-layer-upgrade-aspect': `currentVersion`: Updated hashing logic for layer versions (FunctionVersionUpgrade with LAMBDA_RECOGNIZE_LAYER_VERSION)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const cxapi = require('aws-cdk-lib/cx-api');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

// (the example's `const stack = new Stack();` is the TestStack above)
cdk.Aspects.of(stack).add(new lambda.FunctionVersionUpgrade(cxapi.LAMBDA_RECOGNIZE_LAYER_VERSION));

// (added: a function with layers for the aspect to visit)
const layer = new lambda.LayerVersion(stack, 'MyLayer', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code')),
  compatibleRuntimes: [lambda.Runtime.NODEJS_16_X],
  description: 'my layer',
});
const imported = lambda.LayerVersion.fromLayerVersionArn(stack, 'ImportedLayer',
  'arn:aws:lambda:us-east-1:123456789012:layer:imported:1');

const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  layers: [layer, imported],
});
fn.currentVersion.addAlias('live');

app.synth();
