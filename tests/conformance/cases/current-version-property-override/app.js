// Conformance case 'current-version-property-override': overrides on the CfnFunction count in the
// currentVersion hash (version-locked ones) or not (non-locked ones); tags and reserved concurrency.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  reservedConcurrentExecutions: 5,
});
const cfn = fn.node.defaultChild;
cfn.addPropertyOverride('MemorySize', 512);
cfn.addPropertyOverride('TracingConfig.Mode', 'Active');
cdk.Tags.of(fn).add('team', 'blue');
fn.currentVersion.addAlias('live');
app.synth();
