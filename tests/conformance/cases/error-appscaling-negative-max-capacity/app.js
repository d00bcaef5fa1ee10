// Conformance case 'error-appscaling-negative-max-capacity': alias.addAutoScaling with maxCapacity -1 (the ScalableTarget's check)
// Ported from aws-cdk: aws-applicationautoscaling/test/scalable-target.test.ts, 'create scalable target with negative maxCapacity throws error' (through alias.addAutoScaling).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_LATEST,
});
const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version: fn.currentVersion });
alias.addAutoScaling({ minCapacity: 1, maxCapacity: -1 });
app.synth();
