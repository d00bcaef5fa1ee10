// Conformance case 'error-logging-format-conflict'
// Upstream: aws-lambda/lib/function.ts's getLoggingConfig (function.test.ts's logging tests use the V2 props): logFormat and loggingFormat
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('hello()'),
  handler: 'index.hello',
  runtime: lambda.Runtime.NODEJS_18_X,
});
new lambda.Function(stack, 'Lambda', { code: new lambda.InlineCode('foo'), handler: 'index.handler', runtime: lambda.Runtime.NODEJS_18_X, logFormat: lambda.LogFormat.JSON, loggingFormat: lambda.LoggingFormat.JSON });
app.synth();
