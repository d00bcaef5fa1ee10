// Conformance case 'integ-nodejs-esm': aws-lambda-nodejs test/integ.esm.ts, a NodejsFunction
// bundled in the ESM format (index.mjs) on the default runtime. Nothing dropped.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda-nodejs');

class TestStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);

    new lambda.NodejsFunction(this, 'esm', {
      entry: path.join(__dirname, 'integ-handlers/esm.ts'),
      bundling: {
        format: lambda.OutputFormat.ESM,
      },
    });
  }
}

const app = new cdk.App();
new TestStack(app, 'cdk-integ-lambda-nodejs-esm');
app.synth();
