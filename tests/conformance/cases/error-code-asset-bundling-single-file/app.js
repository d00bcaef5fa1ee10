// Conformance case 'error-code-asset-bundling-single-file': staging.test.ts's 'bundling that produces a single file with SINGLE_FILE': the
// bundle is staged as a file asset that is no archive (isArchive false), which Code.fromAsset's bind
// refuses: 'Asset must be a .zip file or a directory (handler)' (bundled locally).
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Fn', {
  code: lambda.Code.fromAsset('handler', {
    bundling: {
      image: lambda.Runtime.PYTHON_3_12.bundlingImage,
      command: ['bash', '-c', 'cp -au . /asset-output'],
      outputType: cdk.BundlingOutput.SINGLE_FILE,
      local: {
        tryBundle(outputDir) {
          fs.writeFileSync(path.join(outputDir, 'out.txt'), 'o\n');
          return true;
        },
      },
    },
  }),
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
});
app.synth();
