// Conformance case 'error-code-asset-image-token-build-secret': a buildSecrets key that is a token
// (from a CfnParameter): validateBuildSecrets' "Cannot use tokens in keys or values of
// "buildSecrets" since they are needed before deployment", when the function binds the code.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const id = new cdk.CfnParameter(stack, 'SecretId');
new lambda.DockerImageFunction(stack, 'Fn', {
  code: lambda.DockerImageCode.fromImageAsset(path.join(__dirname, 'image'), {
    buildContexts: { shared: '../shared' },
    buildSecrets: { [id.valueAsString]: cdk.DockerBuildSecret.fromSrc('secret.txt') },
  }),
});
app.synth();
