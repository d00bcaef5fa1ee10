// Conformance case 'bundling-file-access': Code.fromAsset bundling with bundlingFileAccess
// (VOLUME_COPY, BIND_MOUNT) and a source hash: JSON.stringify of the bundling options, which the
// asset hash covers, holds it. Bundled locally (no Docker daemon here): tryBundle writes index.py.
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

for (const [id, access] of [['VolumeCopy', cdk.BundlingFileAccess.VOLUME_COPY], ['BindMount', cdk.BundlingFileAccess.BIND_MOUNT]]) {
  new lambda.Function(stack, id, {
    code: lambda.Code.fromAsset(path.join(__dirname, 'handler'), {
      assetHashType: cdk.AssetHashType.SOURCE,
      bundling: {
        image: lambda.Runtime.PYTHON_3_12.bundlingImage,
        command: ['bash', '-c', 'cp -au . /asset-output'],
        local: {
          tryBundle(outputDir) {
            fs.writeFileSync(path.join(outputDir, 'index.py'), 'def handler(event, context):\n    return "ok"\n');
            return true;
          },
        },
        bundlingFileAccess: access,
      },
    }),
    runtime: lambda.Runtime.PYTHON_3_12,
    handler: 'index.handler',
  });
}

app.synth();
