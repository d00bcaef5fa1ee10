// Conformance case 'unit-alias-role'
// Upstream: aws-lambda/test/alias.test.ts 'alias exposes real Lambdas role': alias.role is fn.role
// (the same object: output 'Same'), and its ARN.
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
const alias = new lambda.Alias(stack, 'Alias', { aliasName: 'prod', version });
new cdk.CfnOutput(stack, 'Same', { value: String(alias.role === fn.role) });
new cdk.CfnOutput(stack, 'AliasRoleArn', { value: alias.role.roleArn });
app.synth();
