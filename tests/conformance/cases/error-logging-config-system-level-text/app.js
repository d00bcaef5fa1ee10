// Conformance case 'error-logging-config-system-level-text': error: systemLogLevel with the TEXT
// logFormat (the application level's twin is error-log-format-text-with-level)
// Ported from aws-cdk: logging-config.test.ts 'Throws when systemLogLevel is specified with TEXT logFormat'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack');
new lambda.Function(stack, 'Lambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  logFormat: lambda.LogFormat.TEXT,
  systemLogLevel: lambda.SystemLogLevel.INFO,
});
app.synth();
