// Conformance case 'error-function-name-non-ascii': function.test.ts 'Error when function name
// contains invalid characters', with 40 'é' (80 bytes in UTF-8, 40 as JavaScript counts): not the
// length error but the character one.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'MyFunction', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  functionName: '\u00e9'.repeat(40),
});
app.synth();
