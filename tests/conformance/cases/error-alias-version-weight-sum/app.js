// Conformance case 'error-alias-version-weight-sum'
// Upstream: aws-lambda/test/alias.test.ts 'sanity checks on version weights' (sum too high)
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
const version = fn.currentVersion;
new lambda.Alias(stack, 'Alias2', {
  aliasName: 'prod', version, additionalVersions: [{ version, weight: 0.5 }, { version, weight: 0.6 }],
});
app.synth();
