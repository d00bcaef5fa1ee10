// Conformance case 'error-permission-condition-data-access-point': error: a permission principal with an ArnLike s3:DataAccessPointArn condition (F3)
// Upstream: aws-lambda/test/function.test.ts 'fails if the principal has conditions that are not supported'
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'Default');
const fn = new lambda.Function(stack, 'MyLambda', {
  code: new lambda.InlineCode('foo'),
  handler: 'bar',
  runtime: lambda.Runtime.PYTHON_3_14,
});
fn.addPermission('F1', {
  principal: new iam.PrincipalWithConditions(new iam.ServicePrincipal('my-service'), {
    ArnLike: { 's3:DataAccessPointArn': 'data-access-point-arn' },
  }),
});
app.synth();
