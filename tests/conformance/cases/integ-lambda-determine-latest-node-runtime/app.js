// Conformance case 'integ-lambda-determine-latest-node-runtime': aws-lambda
// test/integ.lambda.determineLatestNodeRuntime.ts (the IntegTest and its getFunction assertion
// are dropped; app.synth() added, as the integ runner synthesizes the app).
'use strict';
const { App, Stack } = require('aws-cdk-lib');
const { Code, Function, determineLatestNodeRuntime } = require('aws-cdk-lib/aws-lambda');

const app = new App();
const stack = new Stack(app, 'aws-cdk-lambda-determine-latest-runtime');

new Function(stack, 'LatestNodeRuntime', {
  code: Code.fromInline(`
    exports.handler = async () => {
      return {
        statusCode: 200,
        body: process.version
      };
    };
  `),
  handler: 'index.handler',
  runtime: determineLatestNodeRuntime(stack),
});

app.synth();
