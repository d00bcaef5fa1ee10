// Conformance case 'error-outdir-not-a-directory': error: the output directory is a regular file
// (CloudAssemblyBuilder's ensureDirSync throws from the App constructor; the file stays as it is)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App({ outdir: 'not-a-directory' });
const stack = new cdk.Stack(app, 'TestStack');

new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});

app.synth();
