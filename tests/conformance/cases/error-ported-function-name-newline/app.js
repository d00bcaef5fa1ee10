// Conformance case 'error-ported-function-name-newline'
// Upstream: aws-lambda/test/function.test.ts 'Error when function name contains invalid characters',
// the character '\n', in the stack `new cdk.Stack()` makes ('Default'), the construct id `foo${invalidChar}`.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
new lambda.Function(stack, 'foo\n', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  functionName: 'foo\n',
});
app.synth();
