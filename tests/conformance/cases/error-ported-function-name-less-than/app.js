// Conformance case 'error-ported-function-name-less-than'
// Upstream: aws-lambda/test/function.test.ts 'Error when function name contains invalid characters',
// the character '<', in the stack `new cdk.Stack()` makes ('Default'), the construct id `foo${invalidChar}`.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
new lambda.Function(stack, 'foo<', {
  code: new lambda.InlineCode('foo'),
  handler: 'index.handler',
  runtime: lambda.Runtime.NODEJS_LATEST,
  functionName: 'foo<',
});
app.synth();
