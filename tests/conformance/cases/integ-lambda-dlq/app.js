// Conformance case 'integ-lambda-dlq': aws-lambda test/integ.lambda.dlq.ts (the IntegTest is
// dropped; app.synth() added, as the integ runner synthesizes the app; STANDARD_NODEJS_RUNTIME of
// the integ tests' config is NODEJS_18_X). As in the original, StackUnderTest creates its function
// in the other stack, so it stays empty.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const { Stack } = require('aws-cdk-lib');

const STANDARD_NODEJS_RUNTIME = lambda.Runtime.NODEJS_18_X;

const app = new cdk.App({
  postCliContext: {
    '@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy': false,
  },
});

const stack = new cdk.Stack(app, 'aws-cdk-lambda-dlq');

class StackUnderTest extends Stack {
  constructor(scope, id) {
    super(scope, id);

    new lambda.Function(stack, 'LambdaWithDlq', {
      code: new lambda.InlineCode('foo'),
      handler: 'index.handler',
      runtime: STANDARD_NODEJS_RUNTIME,
      deadLetterQueueEnabled: true,
    });
  }
}

new StackUnderTest(app, 'LambdaWithDlqStack');

app.synth();
