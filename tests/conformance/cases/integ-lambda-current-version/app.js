// Conformance case 'integ-lambda-current-version': aws-lambda test/integ.current-version.ts
// (currentVersionOptions, an alias of the current version, the FunctionVersionUpgrade aspect).
// Nothing dropped; layer-code is a folder of our own.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const { LAMBDA_RECOGNIZE_LAYER_VERSION } = require('aws-cdk-lib/cx-api');
const lambda = require('aws-cdk-lib/aws-lambda');

class TestStack extends cdk.Stack {
  constructor(scope, id) {
    super(scope, id);

    const handler = new lambda.Function(this, 'MyLambda', {
      code: lambda.Code.fromAsset(path.join(__dirname, 'layer-code')),
      handler: 'index.main',
      runtime: lambda.Runtime.PYTHON_3_8,
      currentVersionOptions: {
        removalPolicy: cdk.RemovalPolicy.RETAIN,
        retryAttempts: 1,
      },
    });

    handler.currentVersion.addAlias('live');
  }
}

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});

const stack = new TestStack(app, 'lambda-test-current-version');

// Changes the function description when the feature flag is present
// to validate the changed function hash.
cdk.Aspects.of(stack).add(new lambda.FunctionVersionUpgrade(LAMBDA_RECOGNIZE_LAYER_VERSION));

app.synth();
