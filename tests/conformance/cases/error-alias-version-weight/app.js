// Conformance case 'error-alias-version-weight'
// Upstream: aws-lambda/test/alias.test.ts 'sanity checks on version weights' (individual weight too high)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('hello()'),
  handler: 'index.hello',
  runtime: lambda.Runtime.NODEJS_14_X,
});
new lambda.Alias(stack, 'Alias1', {
  aliasName: 'prod', version: fn.currentVersion, additionalVersions: [{ version: fn.currentVersion, weight: 5 }],
});
app.synth();
