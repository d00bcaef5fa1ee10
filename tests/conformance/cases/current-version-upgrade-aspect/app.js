// Conformance case 'current-version-upgrade-aspect': `currentVersion`: Updated hashing logic (FunctionVersionUpgrade with LAMBDA_RECOGNIZE_VERSION_PROPS)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const cxapi = require('aws-cdk-lib/cx-api');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

// (the example's `const stack = new Stack();` is the TestStack above)
cdk.Aspects.of(stack).add(new lambda.FunctionVersionUpgrade(cxapi.LAMBDA_RECOGNIZE_VERSION_PROPS));

// (added: a function for the aspect to visit, with a description and a current version)
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  description: 'my function',
  environment: { B: 'b', A: 'a' },
});
fn.currentVersion.addAlias('live');

new lambda.Function(stack, 'MyOtherFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => "other";'),
});

app.synth();
