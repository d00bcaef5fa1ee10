// Conformance case 'unit-lambda-version-function-ref'
// Upstream: aws-lambda/test/lambda-version.test.ts "version's implementation of IFunctionRef should
// point to the version": ver.functionRef.functionArn is ver.functionArn (its functionName the
// version's too). In C a version is an IFunction handle: ccdk_lambda_ifunction_arn of it.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
cdk.Validations.of(stack).acknowledge({ id: 'CloudFormation-Validate::E3071', reason: 'Tests intentionally use a bogus runtime' });
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('hello()'),
  handler: 'index.hello',
  runtime: lambda.Runtime.NODEJS_LATEST,
});
const ver = new lambda.Version(stack, 'Version', { lambda: fn });
new cdk.CfnOutput(stack, 'RefFunctionArn', { value: ver.functionRef.functionArn });
new cdk.CfnOutput(stack, 'RefFunctionName', { value: ver.functionRef.functionName });
new cdk.CfnOutput(stack, 'FunctionArn', { value: ver.functionArn });
app.synth();
