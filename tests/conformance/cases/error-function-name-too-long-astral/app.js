// Conformance case 'error-function-name-too-long-astral': function.test.ts 'Error when function name
// is longer than 64 chars', with 33 U+1F600: 66 characters as JavaScript counts (two UTF-16 code
// units each), 132 bytes in UTF-8; the length error only (aws-cdk-lib throws before the character check).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'MyFunction', {
  code: lambda.Code.fromInline('foo'),
  runtime: lambda.Runtime.NODEJS_LATEST,
  handler: 'index.handler',
  functionName: '\u{1F600}'.repeat(33),
});
app.synth();
