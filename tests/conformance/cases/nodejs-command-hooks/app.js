// Conformance case 'nodejs-command-hooks': commandHooks run before and after esbuild (locally:
// `bash -c <command>` in the project root); what they write into the output is part of the asset.
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
    commandHooks: {
      beforeBundling(inputDir, outputDir) {
        return [`echo "built from $(basename ${inputDir})" > ${outputDir}/BUILD.txt`];
      },
      beforeInstall() {
        return [];
      },
      afterBundling(inputDir, outputDir) {
        return [`cp ${inputDir}/config.json ${outputDir}/config.json`, `ls ${outputDir} > ${outputDir}/files.txt`];
      },
    },
  },
});

app.synth();
