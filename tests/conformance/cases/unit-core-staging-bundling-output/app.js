// Conformance case 'unit-core-staging-bundling-output': staging.test.ts's bundling output types,
// through Code.fromAsset bundled locally (tryBundle writes what the test's docker stub writes):
// 'bundling that produces a single archive file is autodiscovered' (a .zip staged as a file asset,
// the bundle directory left with the emptied archive), '... with NOT_ARCHIVED' (the directory
// zipped), ARCHIVED with a .tgz and a .jar under the OUTPUT hash
// (the bundle directory removed), and AUTO_DISCOVER with two files (a directory).
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

const cases = [
  ['AutoDiscoverZip', { files: ['test.zip'] }],
  ['NotArchivedZip', { files: ['test.zip'], outputType: cdk.BundlingOutput.NOT_ARCHIVED }],
  ['ArchivedTgz', { files: ['bundle.da.vinci.tgz'], outputType: cdk.BundlingOutput.ARCHIVED }],
  ['ArchivedJarOutputHash', { files: ['app.JAR'], outputType: cdk.BundlingOutput.ARCHIVED, hashType: cdk.AssetHashType.OUTPUT }],
  ['AutoDiscoverTwoFiles', { files: ['index.py', 'other.zip'] }],
];
for (const [id, c] of cases) {
  const bundling = {
    image: lambda.Runtime.PYTHON_3_12.bundlingImage,
    command: ['bash', '-c', `echo ${id}`],
    local: {
      tryBundle(outputDir) {
        for (const f of c.files) fs.writeFileSync(path.join(outputDir, f), `${id} ${f}\n`);
        return true;
      },
    },
  };
  if (c.outputType) bundling.outputType = c.outputType;
  const options = { bundling };
  if (c.hashType) options.assetHashType = c.hashType;
  new lambda.Function(stack, id, {
    code: lambda.Code.fromAsset('handler', options),
    runtime: lambda.Runtime.PYTHON_3_12,
    handler: 'index.handler',
  });
}

app.synth();
