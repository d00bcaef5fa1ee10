// Conformance case 'error-nodejs-sourcemap-mode-without-sourcemap': sourceMapMode with sourceMap
// false is aws-cdk-lib's error (bundling.test.ts "esbuild bundling throws when sourceMapMode used
// with false sourceMap").
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new nodejs.NodejsFunction(stack, 'Function', {
  entry: 'handler.ts',
  runtime: lambda.Runtime.NODEJS_20_X,
  bundling: {
    sourceMap: false,
    sourceMapMode: nodejs.SourceMapMode.INLINE,
  },
});

app.synth();
