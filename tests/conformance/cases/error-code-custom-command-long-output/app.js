// Conformance case 'error-code-custom-command-long-output': a custom command that prints a lot
// (8.9 kB on stdout, 10 kB on stderr) and exits non-zero: aws-cdk-lib's error carries both outputs
// whole, however long (ccdk's error messages are not cut at a buffer's size).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'Built', {
  code: lambda.Code.fromCustomCommand('no-such-output', ['sh', '-c', 'seq 1 2000; seq 5000 -1 3000 >&2; exit 2']),
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
});
app.synth();
