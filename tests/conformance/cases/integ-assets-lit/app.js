// Conformance case 'integ-assets-lit': Handler Code: "Example of Lambda Code from Local Assets" (test/integ.assets.lit.ts)
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

class TestStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);

    new lambda.Function(this, 'MyLambda', {
      code: lambda.Code.fromAsset(path.join(__dirname, 'my-lambda-handler')),
      handler: 'index.main',
      runtime: lambda.Runtime.PYTHON_3_9,
    });
  }
}

const app = new cdk.App();

new TestStack(app, 'lambda-test-assets');

app.synth();
