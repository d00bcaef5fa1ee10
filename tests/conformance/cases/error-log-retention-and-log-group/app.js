// Conformance case 'error-log-retention-and-log-group': logRetention and logGroup together.
// Ported from aws-cdk: aws-lambda/test/logging-config.test.ts, 'Throws when logGroup and LogRention are set'.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  logGroup: new logs.LogGroup(stack, 'MyLogGroup'),
  logRetention: logs.RetentionDays.ONE_WEEK,
});

app.synth();
