// Conformance case 'error-code-asset-block-external-symlink-custom-resource-name': error: Code.fromAsset
// with followSymlinks BLOCK_EXTERNAL of a directory whose symlink to a file outside it is called
// ".is_custom_resource". AssetStaging prepends that name to `exclude` for the fingerprint and the
// copy only: its constructor's validateInternalSymlinks walks with the user's exclude (none here),
// so the link is its ValidationError on the Asset all the same.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');

new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'handler'), { followSymlinks: cdk.SymlinkFollowMode.BLOCK_EXTERNAL }),
});

app.synth();
