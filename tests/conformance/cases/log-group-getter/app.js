// Conformance case 'log-group-getter': fn.logGroup of a function given no logGroup and no
// logRetention (a LogRetention with INFINITE retention, or the managed LogGroup under
// @aws-cdk/aws-lambda:useCdkManagedLogGroup), and of one with logRetention.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
new cdk.CfnOutput(stack, 'GroupName', { value: fn.logGroup.logGroupName });
new cdk.CfnOutput(stack, 'GroupArn', { value: fn.logGroup.logGroupArn });
const other = new lambda.Function(stack, 'Other', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  logRetention: logs.RetentionDays.ONE_DAY,
});
const reader = new iam.Role(stack, 'Reader', { assumedBy: new iam.AccountRootPrincipal() });
other.logGroup.grantWrite(reader);
other.logGroup.grantRead(reader);

app.synth();
