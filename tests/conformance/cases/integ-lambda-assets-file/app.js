// Conformance case 'integ-lambda-assets-file': aws-lambda test/integ.assets.file.ts (a function
// whose code is a .zip file asset). Nothing dropped; handler.zip is a small zip of our own.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

class TestStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);

    new lambda.Function(this, 'MyLambda', {
      code: lambda.Code.fromAsset(path.join(__dirname, 'handler.zip')),
      handler: 'index.main',
      runtime: lambda.Runtime.PYTHON_3_9,
    });
  }
}

const app = new cdk.App({
  context: { '@aws-cdk/core:disableGitSource': true },
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

new TestStack(app, 'lambda-test-assets-file');

app.synth();
