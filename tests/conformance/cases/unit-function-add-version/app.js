// Conformance case 'unit-function-add-version'
// Upstream: aws-lambda/test/function.test.ts testDeprecated('add a version with event invoke
// config'): fn.addVersion('1', 'sha256', 'desc', undefined, { retryAttempts: 0 }); and a second
// version with provisioned executions and a maxEventAge, and one of a name only.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
});

fn.addVersion('1', 'sha256', 'desc', undefined, {
  retryAttempts: 0,
});
const v2 = fn.addVersion('2', undefined, undefined, 5, { maxEventAge: cdk.Duration.minutes(10) });
fn.addVersion('Plain');
new cdk.CfnOutput(stack, 'V2', { value: v2.version });

app.synth();
