// Conformance case 'integ-lambda-logging-config': aws-lambda test/integ.logging-config.ts
// (the IntegTest is dropped).
'use strict';
const { App, Stack } = require('aws-cdk-lib');
const logs = require('aws-cdk-lib/aws-logs');
const { Function, InlineCode, Runtime, LoggingFormat, SystemLogLevel, ApplicationLogLevel } = require('aws-cdk-lib/aws-lambda');

const app = new App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

const stack = new Stack(app, 'aws-cdk-lambda-logging-config');

const logGroup = new logs.LogGroup(stack, 'MyLogGroupWithLogGroupName', {
  logGroupName: 'customLogGroup',
});

new Function(stack, 'LambdaWithLogGroup', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_20_X,
  logGroup: logGroup,
});

new Function(stack, 'LambdaWithLogGroupAndNoLogGroupName', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_20_X,
  logGroup: new logs.LogGroup(stack, 'MyLogGroupWithoutLogGroupName'),
});

new Function(stack, 'LambdaWithTextFormat', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_20_X,
  loggingFormat: LoggingFormat.TEXT,
});

new Function(stack, 'LambdaWithJSONFormat', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_20_X,
  loggingFormat: LoggingFormat.JSON,
});

new Function(stack, 'LambdaWithTextLoggingFormat', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_20_X,
  loggingFormat: LoggingFormat.TEXT,
});

new Function(stack, 'LambdaWithJSONLoggingFormat', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_20_X,
  loggingFormat: LoggingFormat.JSON,
});

new Function(stack, 'LambdaWithLogLevel', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_20_X,
  loggingFormat: LoggingFormat.JSON,
  systemLogLevel: SystemLogLevel.INFO,
  applicationLogLevel: ApplicationLogLevel.INFO,
});

new Function(stack, 'LambdaWithLogLevelV2', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_20_X,
  loggingFormat: LoggingFormat.JSON,
  systemLogLevelV2: SystemLogLevel.INFO,
  applicationLogLevelV2: ApplicationLogLevel.INFO,
});

app.synth();
