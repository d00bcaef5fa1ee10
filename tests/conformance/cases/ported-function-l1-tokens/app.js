// Conformance case 'ported-function-l1-tokens'
// Upstream: aws-lambda/test/function.test.ts describe('L1 Relationships') 'tokens should be passed as
// is': a CfnFunction whose code and fileSystemConfigs are tokens (Token.asAny of a resolvable), in the
// stack `new cdk.Stack()` makes ('Default'). aws-cdk-lib resolves the tokens, checks them
// against CfnFunctionProps and renders them under CloudFormation's names; ccdk's lazy values are
// values of the template, their names CloudFormation's.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app);
const role = new iam.Role(stack, 'SomeRole', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
});
const bucket = new s3.Bucket(stack, 'MyBucket');

const codeToken = cdk.Token.asAny({
  resolve: () => ({ s3Bucket: bucket.bucketName }),
});

const fsConfigToken = cdk.Token.asAny({
  resolve: () => ([{ arn: 'TestArn', localMountPath: '/mnt' }]),
});

new lambda.CfnFunction(stack, 'MyLambda', {
  code: codeToken,
  role: role,
  fileSystemConfigs: fsConfigToken,
});
app.synth();
