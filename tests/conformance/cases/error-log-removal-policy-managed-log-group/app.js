// Conformance case 'error-log-removal-policy-managed-log-group': error: logRemovalPolicy with @aws-cdk/aws-lambda:useCdkManagedLogGroup (set on the stack)
// Upstream: aws-lambda/test/function.test.ts 'cannot use logRemovalPolicy and USE_CDK_MANAGED_LAMBDA_LOGGROUP'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
stack.node.setContext('@aws-cdk/aws-lambda:useCdkManagedLogGroup', true);
new lambda.Function(stack, 'fn', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  logRemovalPolicy: cdk.RemovalPolicy.DESTROY,
});
app.synth();
