// Conformance case 'error-code-asset-image-token-build-context': a buildContexts value that is a
// token (from a CfnParameter): validateBuildContexts' "Cannot use tokens in keys or values of
// "buildContexts" since they are needed before deployment", when the function binds the code.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const source = new cdk.CfnParameter(stack, 'Source');
new lambda.DockerImageFunction(stack, 'Fn', {
  code: lambda.DockerImageCode.fromImageAsset(path.join(__dirname, 'image'), {
    buildArgs: { A: '1' },
    buildContexts: { shared: source.valueAsString },
  }),
});
app.synth();
