// Conformance case 'error-function-name-bracket': function.test.ts 'Error when function name contains
// invalid characters', the character '[' (the construct id 'foo[' as the test's).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.Function(stack, 'foo[', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  functionName: 'foo[',
});
app.synth();
