// Conformance case 'bundling-python': Bundling Asset Code: Example with Python (bundling image + command), bundled locally
'use strict';
const path = require('path');
const fs = require('fs');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

// The example bundles in Docker (`image` + `command`). There is no Docker daemon here, so the
// case adds `local` bundling, which aws-cdk-lib tries first: it does what the command does for
// a handler without dependencies (requirements.txt is empty): copy the sources to the output.
function copyDir(from, to) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) {
      fs.mkdirSync(dst, { recursive: true });
      copyDir(src, dst);
    } else {
      fs.copyFileSync(src, dst);
    }
  }
}

new lambda.Function(stack, 'Function', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'my-python-handler'), {
    bundling: {
      image: lambda.Runtime.PYTHON_3_9.bundlingImage,
      command: [
        'bash', '-c',
        'pip install -r requirements.txt -t /asset-output && cp -au . /asset-output'
      ],
      local: {
        tryBundle(outputDir) {
          copyDir(path.join(__dirname, 'my-python-handler'), outputDir);
          return true;
        },
      },
    },
  }),
  runtime: lambda.Runtime.PYTHON_3_9,
  handler: 'index.handler',
});

app.synth();
