// Conformance case 'integ-lambda-function-tracing-config': aws-lambda
// test/integ.lambda-function-tracing-config.ts. Dropped: the IntegTest. Adapted: the Function prop
// `tracingConfig: { mode: TracingMode.ACTIVE }` is newer than aws-cdk-lib 2.276.0, so the app uses
// its equivalent there, `tracing: Tracing.ACTIVE`.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();

const stack = new cdk.Stack(app, 'stack');

new lambda.Function(stack, 'Lambda', {
  code: lambda.Code.fromInline('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_20_X,
  tracing: lambda.Tracing.ACTIVE,
});

app.synth();
