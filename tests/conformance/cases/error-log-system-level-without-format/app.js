// Conformance case 'error-log-system-level-without-format'
// Upstream: logging-config.test.ts 'Throws when systemLogLevel is specified if logFormat is undefined' (the deprecated props; "got 'undefined'")
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack');
new lambda.Function(stack, 'Lambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_18_X,
  systemLogLevel: lambda.SystemLogLevel.INFO,
});
app.synth();
