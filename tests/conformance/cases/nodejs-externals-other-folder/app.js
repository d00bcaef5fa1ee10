// Conformance case 'nodejs-externals-other-folder': a handler that imports a module from another
// folder of the project (bundled in) and two packages left external (externalModules replaces the
// default @aws-sdk/*, so it is listed again).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Orders', {
  entry: 'functions/orders/handler.ts',
  runtime: lambda.Runtime.NODEJS_20_X,
  bundling: { externalModules: ['@aws-sdk/*', 'pg'] },
});

new nodejs.NodejsFunction(stack, 'NoExternals', {
  entry: 'shared/format.ts',
  handler: 'formatOrder',
  runtime: lambda.Runtime.NODEJS_20_X,
  bundling: { externalModules: [] },
});

app.synth();
