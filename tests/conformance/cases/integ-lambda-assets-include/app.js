// Conformance case 'integ-lambda-assets-include': aws-lambda test/integ.assets-include.ts.
// Dropped: the IntegTest and its invokeFunction assertion. Adapted: Code.fromAsset's `include`
// option (['index.py', 'subdir', 'subdir/**/*']) is newer than aws-cdk-lib 2.276.0 (which ignores
// it), so it is left out; `exclude` stays, and assets-with-dummy keeps a dummy.txt that the
// include would have dropped.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    const fn = new lambda.Function(this, 'Function', {
      code: lambda.Code.fromAsset(path.join(__dirname, 'assets-with-dummy'), {
        exclude: [
          'subdir/examples/*',
        ],
      }),
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'index.main',
    });

    this.functionName = fn.functionName;
  }
}

const app = new cdk.App();
new TestStack(app, 'cdk-integ-assets-include');
app.synth();
