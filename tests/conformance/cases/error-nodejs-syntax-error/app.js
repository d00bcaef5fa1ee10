// Conformance case 'error-nodejs-syntax-error': esbuild fails on a syntax error (its own message
// goes to stderr); aws-cdk-lib reports the failed command with the asset's path. The message names
// the bundling folder (cdk.out/bundling-temp-<key>-building), whose key is aws-cdk-lib's hash of its
// Bundling object and whose cdk.out differs between the two runs: both halves print the message
// with the output directory as <outdir> and the key as <key>, and compare the rest.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

try {
  new nodejs.NodejsFunction(stack, 'Function', { entry: 'handler.ts', runtime: lambda.Runtime.NODEJS_20_X });
} catch (e) {
  throw new Error(e.message.split(process.env.CDK_OUTDIR).join('<outdir>').replace(/bundling-temp-[0-9a-f]{64}/g, 'bundling-temp-<key>'));
}

app.synth();
