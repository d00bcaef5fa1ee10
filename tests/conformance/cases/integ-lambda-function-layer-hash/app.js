// Conformance case 'integ-lambda-function-layer-hash': aws-lambda test/integ.function-layer-hash.ts
// (two functions, each with its own layer, their current versions, the FunctionVersionUpgrade
// aspect). STANDARD_NODEJS_RUNTIME (test/config.ts) is Runtime.NODEJS_18_X. Dropped: the IntegTest
// (the stack is made the same way, outside it).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const { LAMBDA_RECOGNIZE_LAYER_VERSION } = require('aws-cdk-lib/cx-api');
const { Code, Function, FunctionVersionUpgrade, LayerVersion, Runtime } = require('aws-cdk-lib/aws-lambda');

const STANDARD_NODEJS_RUNTIME = Runtime.NODEJS_18_X;

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    // Create two layers
    const layer1 = new LayerVersion(this, 'Layer1', {
      code: Code.fromAsset(path.join(__dirname, 'layer-code'), { exclude: ['*.ts'] }),
      compatibleRuntimes: [STANDARD_NODEJS_RUNTIME],
      description: 'Layer 1 for function A',
    });

    const layer2 = new LayerVersion(this, 'Layer2', {
      code: Code.fromAsset(path.join(__dirname, 'layer-code'), { exclude: ['*.ts'] }),
      compatibleRuntimes: [STANDARD_NODEJS_RUNTIME],
      description: 'Layer 2 for function B',
    });

    // Function A with layer1
    const functionA = new Function(this, 'FunctionA', {
      runtime: STANDARD_NODEJS_RUNTIME,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async () => { return { statusCode: 200 }; }'),
      layers: [layer1],
    });

    // Function B with layer2
    const functionB = new Function(this, 'FunctionB', {
      runtime: STANDARD_NODEJS_RUNTIME,
      handler: 'index.handler',
      code: Code.fromInline('exports.handler = async () => { return { statusCode: 200 }; }'),
      layers: [layer2],
    });

    // Create versions for both functions to verify hash calculation
    functionA.currentVersion;
    functionB.currentVersion;

    // Changes the function description when the feature flag is present
    // to validate the changed function hash.
    cdk.Aspects.of(this).add(new FunctionVersionUpgrade(LAMBDA_RECOGNIZE_LAYER_VERSION));
  }
}

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:useCdkManagedLogGroup': false,
  },
});
new TestStack(app, 'aws-lambda-function-layer-hash');
app.synth();
