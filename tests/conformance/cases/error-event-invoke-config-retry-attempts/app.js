// Conformance case 'error-event-invoke-config-retry-attempts'
// Upstream: aws-lambda/test/function.test.ts 'throws with out of range retryAttempts'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
});
fn.configureAsyncInvoke({ retryAttempts: 3 });
app.synth();
