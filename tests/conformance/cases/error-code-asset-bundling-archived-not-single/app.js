// Conformance case 'error-code-asset-bundling-archived-not-single': staging.test.ts's 'throws with
// ARCHIVED and bundling that does not produce a single archive file': a bundle of two files with
// outputType ARCHIVED (bundled locally).
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
      outputType: cdk.BundlingOutput.ARCHIVED,
      local: {
        tryBundle(outputDir) {
          fs.writeFileSync(path.join(outputDir, 'a.zip'), 'a\n');
          fs.writeFileSync(path.join(outputDir, 'b.zip'), 'b\n');
          return true;
        },
      },
    },
  }),
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
});
app.synth();
