// Conformance case 'error-alias-utilization-target'
// Upstream: aws-lambda/test/alias.test.ts 'error when specifying invalid utilization value when AutoScaling on utilization'
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
const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });
const target = alias.addAutoScaling({ maxCapacity: 5 });
target.scaleOnUtilization({ utilizationTarget: 0.95 });
app.synth();
