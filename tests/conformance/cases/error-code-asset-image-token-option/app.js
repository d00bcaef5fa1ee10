// Conformance case 'error-code-asset-image-token-option': a DockerImageAsset option that is a token
// (the build target from a CfnParameter): validateProps' "Cannot use Token as value of 'target':
// this value is used before deployment starts", when the function binds the code.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const target = new cdk.CfnParameter(stack, 'Target');
new lambda.DockerImageFunction(stack, 'Fn', {
  code: lambda.DockerImageCode.fromImageAsset(path.join(__dirname, 'image'), { target: target.valueAsString }),
});
app.synth();
