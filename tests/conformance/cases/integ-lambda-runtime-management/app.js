// Conformance case 'integ-lambda-runtime-management': aws-lambda test/integ.runtime-management.ts
// (the IntegTest is dropped; app.synth() added, as the integ runner synthesizes the app).
'use strict';
const { App, Stack } = require('aws-cdk-lib');
const { Function, InlineCode, Runtime, RuntimeManagementMode } = require('aws-cdk-lib/aws-lambda');

const app = new App();

const stack = new Stack(app, 'aws-cdk-lambda-runtime-management');

new Function(stack, 'Lambda', {
  code: new InlineCode('foo'),
  handler: 'index.handler',
  runtime: Runtime.NODEJS_18_X,
  runtimeManagementMode: RuntimeManagementMode.AUTO,
});

app.synth();
