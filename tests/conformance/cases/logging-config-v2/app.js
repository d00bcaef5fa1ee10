// Conformance case 'logging-config-v2': Lambda's advanced logging controls (loggingFormat JSON,
// applicationLogLevelV2, systemLogLevelV2), a TEXT function, and the deprecated string props.
// Ported from aws-cdk: aws-lambda/test/logging-config.test.ts, 'Logging Config TEXT logFormat', 'Logging Config JSON logFormat', 'Logging Config with LogLevel set'.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  loggingFormat: lambda.LoggingFormat.JSON,
  applicationLogLevelV2: lambda.ApplicationLogLevel.DEBUG,
  systemLogLevelV2: lambda.SystemLogLevel.WARN,
});
fn.currentVersion; // the logging config is part of the version hash
new lambda.Function(stack, 'TextFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  loggingFormat: lambda.LoggingFormat.TEXT,
});
new lambda.Function(stack, 'OldProps', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  logFormat: lambda.LogFormat.JSON,
  applicationLogLevel: 'ERROR',
  systemLogLevel: 'INFO',
});

app.synth();
