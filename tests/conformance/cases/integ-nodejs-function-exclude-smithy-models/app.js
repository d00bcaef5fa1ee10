// Conformance case 'integ-nodejs-function-exclude-smithy-models':
// aws-lambda-nodejs test/integ.function-exclude-smithy-models.ts, a NodejsFunction on NODEJS_18_X
// with @aws-cdk/aws-lambda-nodejs:sdkV3ExcludeSmithyPackages set in the App's postCliContext
// (@smithy/* external too). The handler imports 'delay' (a stand-in in node_modules/, bundled).
// Dropped: the IntegTest.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda-nodejs');
const { Runtime } = require('aws-cdk-lib/aws-lambda');
const { LAMBDA_NODEJS_SDK_V3_EXCLUDE_SMITHY_PACKAGES } = require('aws-cdk-lib/cx-api');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    this.lambdaFunction = new lambda.NodejsFunction(this, 'NodeJsFunction', {
      entry: path.join(__dirname, 'integ-handlers/dependencies.ts'),
      runtime: Runtime.NODEJS_18_X,
    });
  }
}

const app = new cdk.App({
  postCliContext: {
    [LAMBDA_NODEJS_SDK_V3_EXCLUDE_SMITHY_PACKAGES]: true,
  },
});
new TestStack(app, 'cdk-integ-lambda-nodejs-18-exclude-smithy');
app.synth();
