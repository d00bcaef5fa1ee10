// Conformance case 'error-nodejs-local-file-operation': bundling.test.ts's 'Local bundling callback
// failure includes contextual error message' without mocking fs: a beforeBundling hook makes
// package.json a folder in the bundle, so writing the nodeModules' package.json there fails
// (EISDIR): 'Local bundling file operation failed: EISDIR: illegal operation on a directory, open
// ...', node's fs error, wrapped in AssetStaging's "Failed to bundle asset ...". The message names
// the bundling folder (cdk.out/bundling-temp-<key>-building): both halves print it with the
// output directory as <outdir> and the key as <key> (see error-nodejs-syntax-error).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const nodejs = require('aws-cdk-lib/aws-lambda-nodejs');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

try {
  new nodejs.NodejsFunction(stack, 'Fn', {
    entry: 'handler.ts',
    runtime: lambda.Runtime.NODEJS_20_X,
    bundling: {
      nodeModules: ['delay'],
      commandHooks: {
        beforeBundling(inputDir, outputDir) { return [`mkdir ${outputDir}/package.json`]; },
        beforeInstall() { return []; },
        afterBundling() { return []; },
      },
    },
  });
} catch (e) {
  throw new Error(e.message.split(process.env.CDK_OUTDIR).join('<outdir>').replace(/bundling-temp-[0-9a-f]{64}/g, 'bundling-temp-<key>'));
}

app.synth();
