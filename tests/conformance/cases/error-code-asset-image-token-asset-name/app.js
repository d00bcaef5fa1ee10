// Conformance case 'error-code-asset-image-token-asset-name': an assetName that is a token (from a
// CfnParameter): validateProps' "Cannot use Token as value of 'assetName': this value is used before
// deployment starts", when the function binds the code (before the build maps are checked).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const name = new cdk.CfnParameter(stack, 'Name');
new lambda.DockerImageFunction(stack, 'Fn', {
  code: lambda.DockerImageCode.fromImageAsset(path.join(__dirname, 'image'), {
    buildArgs: { A: name.valueAsString },
    assetName: name.valueAsString,
  }),
});
app.synth();
