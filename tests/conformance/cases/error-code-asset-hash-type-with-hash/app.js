// Conformance case 'error-code-asset-hash-type-with-hash': Code.fromAsset with an assetHash and
// assetHashType SOURCE given explicitly: AssetStaging's "Cannot specify `source` for
// `assetHashType` when `assetHash` is specified" (ccdk's enum keeps "not given" apart from SOURCE).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset('handler', { assetHash: 'my-hash', assetHashType: cdk.AssetHashType.SOURCE }),
});
app.synth();
