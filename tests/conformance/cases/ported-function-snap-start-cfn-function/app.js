// Conformance case 'ported-function-snap-start-cfn-function'
// Upstream: aws-lambda/test/function.test.ts describe('SnapStart') 'set SnapStart to desired value':
// a CfnFunction with snapStart { applyOn: 'PublishedVersions' } in the stack `new cdk.Stack()` makes
// ('Default'), CloudFormation-Validate::W2530 acknowledged as the test does (ccdk_lambda_cfn_function_new,
// its properties under their CloudFormation names).
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app);
cdk.Validations.of(stack).acknowledge({ id: 'CloudFormation-Validate::W2530', reason: 'SnapStart is incomplete, we know' });

new lambda.CfnFunction(stack, 'MyLambda', {
  code: {
    s3Bucket: 'my-bucket',
    s3Key: 'java11-test-function.zip',
  },
  functionName: 'MyCDK-SnapStart-Function',
  handler: 'example.Handler::handleRequest',
  role: 'testRole',
  runtime: 'java11',
  snapStart: { applyOn: 'PublishedVersions' },
});
app.synth();
