// Conformance case 'unit-core-staging': staging.test.ts's 'bundler ignores secret tokens in code
// artifact URLs': the password of a PIP_INDEX_URL / PIP_EXTRA_INDEX_URL in the bundling environment
// is left out of the asset hash and of AssetStaging's cache key (sanitizeHashValue: new URL(value)
// with the password cleared, re-serialised), so two functions whose URLs differ only in the token
// share one asset; a URL without a password is hashed as given (not re-serialised). Bundled
// locally (no Docker daemon here): tryBundle writes index.py.
'use strict';
const fs = require('fs');
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const other = new cdk.Stack(app, 'OtherStack');

const REPO = 'your-code-repo.d.codeartifact.us-west-2.amazonaws.com/pypi/python/simple/';
const fns = [
  [stack, 'Token', { PIP_INDEX_URL: `https://aws:MY_SECRET_TOKEN@${REPO}` }],
  [stack, 'OtherToken', { PIP_INDEX_URL: `https://aws:MY_OTHER_SECRET_TOKEN@${REPO}` }],
  [stack, 'ExtraIndex', { PIP_EXTRA_INDEX_URL: 'HTTPS://aws:tok@Repo.Example.COM:443', OTHER: 'https://u:p@h.com' }],
  [stack, 'ExtraIndexOtherToken', { PIP_EXTRA_INDEX_URL: 'HTTPS://aws:tok2@Repo.Example.COM:443', OTHER: 'https://u:p@h.com' }],
  [stack, 'NoPassword', { PIP_INDEX_URL: 'HTTPS://aws@Repo.Example.COM' }],
  [stack, 'NoUser', { PIP_INDEX_URL: 'https://:secret@repo.example.com/a/./b/../simple?x=1' }],
  [other, 'Token', { PIP_INDEX_URL: `https://aws:THIRD_TOKEN@${REPO}` }],
];
for (const [scope, id, environment] of fns) {
  new lambda.Function(scope, id, {
    code: lambda.Code.fromAsset(path.join(__dirname, 'handler'), {
      bundling: {
        image: lambda.Runtime.PYTHON_3_12.bundlingImage,
        command: ['bash', '-c', 'pip install -r requirements.txt -t /asset-output && cp -au . /asset-output'],
        environment,
        local: {
          tryBundle(outputDir) {
            fs.writeFileSync(path.join(outputDir, 'index.py'), fs.readFileSync(path.join(__dirname, 'handler', 'index.py')));
            return true;
          },
        },
      },
    }),
    runtime: lambda.Runtime.PYTHON_3_12,
    handler: 'index.handler',
  });
}

app.synth();
