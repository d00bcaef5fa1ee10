// Conformance case 'log-retention-two-functions': two functions with logRetention in one stack share
// one LogRetention handler; its role is the user's (logRetentionRole), with retry options.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const role = new iam.Role(stack, 'LogRetentionRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
});
new lambda.Function(stack, 'First', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  logRetention: logs.RetentionDays.THREE_MONTHS,
  logRetentionRole: role,
  logRetentionRetryOptions: { maxRetries: 10, base: cdk.Duration.millis(200) },
});
new lambda.Function(stack, 'Second', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  logRetention: logs.RetentionDays.INFINITE,
  logRetentionRole: role,
});

app.synth();
