// Conformance case 'error-adot-go': error: adotInstrumentation on go1.x
// Ported from aws-cdk: function.test.ts, its adotInstrumentation go1.x test: Function.configureAdotInstrumentation (the matching function.test.ts test not located in the stored copy of aws-cdk)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', { env: { region: 'us-west-2' } });

new lambda.Function(stack, 'Function', {
  code: lambda.Code.fromAsset('lambda-handler'),
  handler: 'index.handler',
  runtime: lambda.Runtime.GO_1_X,
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromGenericLayerVersion(lambda.AdotLambdaLayerGenericVersion.LATEST),
    execWrapper: lambda.AdotLambdaExecWrapper.REGULAR_HANDLER,
  },
});

app.synth();
