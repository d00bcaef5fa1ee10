// Conformance case 'error-current-version-unrecognized-property': an override adds a property that is not
// classified as version-locked or not; currentVersion then fails at synth.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({ context: { '@aws-cdk/aws-lambda:recognizeVersionProps': true } });
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_18_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});
fn.node.defaultChild.addPropertyOverride('NotARealProperty', 'x');
fn.currentVersion;
app.synth();
