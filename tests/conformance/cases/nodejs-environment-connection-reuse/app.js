// Conformance case 'nodejs-environment-connection-reuse': environment variables, and
// AWS_NODEJS_CONNECTION_REUSE_ENABLED: added by default on an SDK v2 runtime (NODEJS_14_X, with the
// aws-sdk external and its warning), not when awsSdkConnectionReuse is false, and with the
// "unused" warning when set on an SDK v3 runtime. The bundling environment reaches esbuild.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Old', {
  entry: 'handler.js',
  runtime: lambda.Runtime.NODEJS_14_X,
  environment: { TABLE: 'orders', STAGE: 'prod' },
  bundling: { environment: { NODE_ENV: 'production' } },
});
new nodejs.NodejsFunction(stack, 'OldNoReuse', {
  entry: 'handler.js',
  runtime: lambda.Runtime.NODEJS_16_X,
  awsSdkConnectionReuse: false,
  environment: { TABLE: 'orders' },
});
new nodejs.NodejsFunction(stack, 'NewWithReuse', {
  entry: 'handler.js',
  runtime: lambda.Runtime.NODEJS_20_X,
  awsSdkConnectionReuse: true,
  environment: { STAGE: 'dev' },
});

app.synth();
