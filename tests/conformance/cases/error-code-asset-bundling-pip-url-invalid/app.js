// Conformance case 'error-code-asset-bundling-pip-url-invalid': staging.test.ts's 'bundler throws
// n error when the PIP url is not a valid url': a PIP_INDEX_URL in the bundling environment that
// `new URL` rejects is sanitizeHashValue's AssumptionError (no construct path), thrown while
// AssetStaging computes its cache key, before anything is bundled.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Fn', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'handler'), {
    bundling: {
      image: lambda.Runtime.PYTHON_3_12.bundlingImage,
      command: ['bash', '-c', 'cp -au . /asset-output'],
      environment: { OTHER: 'x', PIP_INDEX_URL: 'NOT_A_URL' },
      local: {
        tryBundle() {
          throw new Error('not reached');
        },
      },
    },
  }),
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
});
app.synth();
