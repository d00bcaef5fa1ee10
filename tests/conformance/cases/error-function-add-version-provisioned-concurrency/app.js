// Conformance case 'error-function-add-version-provisioned-concurrency'
// Upstream: aws-lambda/test/alias.test.ts testDeprecated('sanity checks provisionedConcurrentExecutions')
// (adding a version with provisionedConcurrencyConfig less than 0: fn.addVersion('1', undefined,
// undefined, -1), whose Version is 'Version1' under the function)
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
fn.addVersion('1', undefined, undefined, -1);
app.synth();
