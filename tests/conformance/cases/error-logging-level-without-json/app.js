// Conformance case 'error-logging-level-without-json': a log level with the TEXT logging format.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_16_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  loggingFormat: lambda.LoggingFormat.TEXT,
  applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
});

app.synth();
