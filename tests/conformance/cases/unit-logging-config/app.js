// Conformance case 'unit-logging-config'
// Upstream: aws-lambda/test/logging-config.test.ts, its tests that synthesize, in one stack (the
// deprecated string forms logFormat, systemLogLevel, applicationLogLevel).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const logs = require('aws-cdk-lib/aws-logs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack');
const props = { code: new lambda.InlineCode('foo'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_18_X };
new lambda.Function(stack, 'Lambda', { ...props, logGroup: new logs.LogGroup(stack, 'MyLogGroup') });
const named = new logs.LogGroup(stack, 'NamedLogGroup', { logGroupName: 'customLogGroup' });
const fn = new lambda.Function(stack, 'NamedLambda', { ...props, logGroup: named });
new lambda.Function(stack, 'TextLambda', { ...props, logFormat: lambda.LogFormat.TEXT });
new lambda.Function(stack, 'JsonLambda', { ...props, logFormat: lambda.LogFormat.JSON });
new lambda.Function(stack, 'LevelLambda', {
  ...props,
  logFormat: lambda.LogFormat.JSON,
  systemLogLevel: lambda.SystemLogLevel.INFO,
  applicationLogLevel: lambda.ApplicationLogLevel.INFO,
});
new cdk.CfnOutput(stack, 'LogGroupName', { value: fn.logGroup.logGroupName });
new cdk.CfnOutput(stack, 'LogGroupPhysicalName', { value: fn.logGroup.logGroupPhysicalName() });
app.synth();
