// Conformance case 'nodejs-arm64-named-handler': a NodejsFunction with a JavaScript entry on
// ARM_64 and NODEJS_20_X (externals @aws-sdk/*, target node20) and a named handler ("main").
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'main.js',
  handler: 'main',
  runtime: lambda.Runtime.NODEJS_20_X,
  architecture: lambda.Architecture.ARM_64,
  memorySize: 256,
  description: 'arm64 function',
});

app.synth();
