// Conformance case 'core-feature-flags': core: feature flags set in code (App context and node context)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

// Context given in code is a default: CDK_CONTEXT_JSON (the cdk CLI's context) overrides it.
const app = new cdk.App({
  context: {
    '@aws-cdk/aws-lambda:recognizeLayerVersion': true,
  },
});

function addFunction(stack) {
  const layer = new lambda.LayerVersion(stack, 'MyLayer', {
    code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code')),
  });
  const fn = new lambda.Function(stack, 'MyFunction', {
    runtime: lambda.Runtime.NODEJS_16_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
    layers: [
      lambda.LayerVersion.fromLayerVersionArn(stack, 'Zeta', 'arn:aws:lambda:us-east-1:123456789012:layer:zeta:3'),
      layer,
      lambda.LayerVersion.fromLayerVersionArn(stack, 'Alpha', 'arn:aws:lambda:us-east-1:123456789012:layer:alpha:1'),
    ],
    environment: { ZED: 'z', ALPHA: 'a', MIDDLE: 'm' },
  });
  fn.currentVersion.addAlias('live');
}

const stack = new cdk.Stack(app, 'TestStack');
addFunction(stack);

// A flag set on a scope applies to the constructs below it.
const other = new cdk.Stack(app, 'OtherStack');
other.node.setContext('@aws-cdk/aws-lambda:recognizeVersionProps', false);
addFunction(other);

app.synth();
