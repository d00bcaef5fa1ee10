// Conformance case 'integ-lambda-asset-include': aws-lambda test/integ.asset-include.ts.
// Dropped: the IntegTest and its invokeFunction assertion. Adapted: Code.fromAsset's `include`
// option (['index.py']) is newer than aws-cdk-lib 2.276.0 (which ignores it), so it is left out;
// my-lambda-handler holds only index.py, what the include would select.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const fn = new lambda.Function(this, 'Function', {
      code: lambda.Code.fromAsset(path.join(__dirname, 'my-lambda-handler')),
      runtime: lambda.Runtime.PYTHON_3_13,
      handler: 'index.main',
    });

    this.functionName = fn.functionName;
  }
}

const app = new cdk.App();
new TestStack(app, 'cdk-integ-asset-include');
app.synth();
