// Conformance case 'integ-lambda-logging-config-logformat': aws-lambda
// test/integ.logging-config-logformat.ts (the IntegTest is dropped).
'use strict';
const { App, Stack } = require('aws-cdk-lib');
const { ApplicationLogLevel, Function, InlineCode, Runtime, SystemLogLevel } = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');

const app = new App();

const stack = new Stack(app, 'aws-cdk-lambda-logging-config-logformat');

const logGroup = new logs.LogGroup(stack, 'MyLogGroupWithLogGroupName', {
  logGroupName: 'customStringLogFormatLogGroup',
});

new Function(stack, 'LambdaWithLogGroup', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_18_X,
  logGroup: logGroup,
});

new Function(stack, 'LambdaWithLogGroupAndNoLogGroupName', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_18_X,
  logGroup: new logs.LogGroup(stack, 'MyLogGroupWithoutLogGroupName'),
});

new Function(stack, 'LambdaWithStringTextFormat', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_18_X,
  logFormat: 'Text',
});

new Function(stack, 'LambdaWithStringJSONFormat', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_18_X,
  logFormat: 'JSON',
});

new Function(stack, 'LambdaWithLogLevel', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_18_X,
  logFormat: 'JSON',
  systemLogLevel: SystemLogLevel.INFO,
  applicationLogLevel: ApplicationLogLevel.INFO,
});

app.synth();
