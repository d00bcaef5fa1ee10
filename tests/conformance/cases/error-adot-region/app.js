// Conformance case 'error-adot-region': error: adotInstrumentation in a region without the layer
// Ported from aws-cdk: adot.test.ts 'throws error if the region is not supported'
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'stack', { env: { region: 'neverland' } });

new lambda.Function(stack, 'Function', {
  code: lambda.Code.fromAsset('lambda-handler'),
  handler: 'index.handler',
  runtime: lambda.Runtime.JAVA_11,
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromJavaSdkLayerVersion(lambda.AdotLambdaLayerJavaSdkVersion.LATEST),
    execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
  },
});

app.synth();
