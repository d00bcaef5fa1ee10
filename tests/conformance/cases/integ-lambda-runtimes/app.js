// Conformance case 'integ-lambda-runtimes': aws-lambda test/integ.runtimes.ts (the IntegTest is
// dropped; app.synth() added, as the integ runner synthesizes the app; dotnet-handler/ is a small
// stand-in of our own).
'use strict';
const { App, Stack } = require('aws-cdk-lib');
const { Code, Function, Runtime } = require('aws-cdk-lib/aws-lambda');

const app = new App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

const stack = new Stack(app, 'aws-cdk-lambda-runtime-management');

new Function(stack, 'Lambda', {
  code: Code.fromAsset('dotnet-handler'),
  handler: 'Handler',
  runtime: Runtime.DOTNET_8,
});

app.synth();
