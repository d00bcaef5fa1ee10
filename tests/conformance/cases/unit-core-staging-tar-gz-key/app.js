// Conformance case 'unit-core-staging-tar-gz-key': staging.test.ts's 'staging of an archive with
// multiple extension name': a .tar.gz asset is staged as asset.<hash>.tar.gz, but the
// DefaultStackSynthesizer's object key takes path.extname of that file name: <hash>.gz (the S3Key
// of the function, the asset manifest's destination). Code.fromAsset of a .tar.gz file. (A bundle
// whose single output is a .tar.gz, ARCHIVED and bundled locally, gets another source hash from
// ccdk than from aws-cdk-lib: left out, see the session-23 note.)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'File', {
  code: lambda.Code.fromAsset('code.tar.gz'),
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
});
app.synth();
