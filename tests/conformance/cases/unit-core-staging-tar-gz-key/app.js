// Conformance case 'unit-core-staging-tar-gz-key': staging.test.ts's 'staging of an archive with
// multiple extension name': a .tar.gz asset is staged as asset.<hash>.tar.gz, but the
// DefaultStackSynthesizer's object key takes path.extname of that file name: <hash>.gz (the S3Key
// of the function, the asset manifest's destination). Code.fromAsset of a .tar.gz file, and a
// bundle whose single output is a .tar.gz (ARCHIVED, bundled locally). The bundling options are
// written in the key order ccdk hashes them in (ccdk/assets.h: JSON.stringify keeps the user's).
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'File', {
  code: lambda.Code.fromAsset('code.tar.gz'),
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
});
new lambda.Function(stack, 'Bundled', {
  code: lambda.Code.fromAsset('.', {
    exclude: ['*.js', '*.c'],
    bundling: {
      image: lambda.Runtime.PYTHON_3_12.bundlingImage,
      command: ['bash', '-c', 'tar czf /asset-output/bundle.da.vinci.tar.gz .'],
      local: {
        tryBundle(outputDir) {
          fs.writeFileSync(path.join(outputDir, 'bundle.da.vinci.tar.gz'), 'bundled\n');
          return true;
        },
      },
      outputType: cdk.BundlingOutput.ARCHIVED,
    },
  }),
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
});
app.synth();
