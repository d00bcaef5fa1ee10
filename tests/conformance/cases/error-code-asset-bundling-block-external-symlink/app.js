// Conformance case 'error-code-asset-bundling-block-external-symlink': error: a bundled
// Code.fromAsset with followSymlinks BLOCK_EXTERNAL whose output (two files: NOT_ARCHIVED) holds a
// symlink to a file outside it. The source passes AssetStaging's constructor check;
// determineBundledAsset walks the output the same way: a ValidationError on the AssetStaging
// (TestStack/MyFunction/Code/Stage) before the output is hashed or staged. Bundled locally
// (no Docker daemon here): tryBundle writes index.py and the link.
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'src'), {
    followSymlinks: cdk.SymlinkFollowMode.BLOCK_EXTERNAL,
    bundling: {
      image: lambda.Runtime.PYTHON_3_12.bundlingImage,
      command: ['bash', '-c', 'cp -au . /asset-output'],
      local: {
        tryBundle(outputDir) {
          fs.copyFileSync(path.join(__dirname, 'src', 'index.py'), path.join(outputDir, 'index.py'));
          fs.symlinkSync(path.join(__dirname, 'outside.txt'), path.join(outputDir, 'outside.txt'));
          return true;
        },
      },
    },
  }),
});

app.synth();
