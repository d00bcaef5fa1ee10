// Conformance case 'core-physical-name-generate-if-needed': PhysicalName.GENERATE_IF_NEEDED as a
// Function's functionName and a Role's roleName. A function invoked by a role of another account
// (grantInvoke: the function's resource policy names the role's ARN, the role's policy the
// function's) gets a generated FunctionName, the role (with a path) a generated RoleName, and
// each side reads the other's name and ARN (outputs) as literals; a function with the marker used
// only in its own environment gets no FunctionName. A Bucket's bucketName the same (grantRead to
// the role: the bucket policy names the role, the role's policy the bucket).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const a = new cdk.Stack(app, 'FnStack', { env: { account: '111111111111', region: 'us-east-1' } });
const fn = new lambda.Function(a, 'Fn', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  functionName: cdk.PhysicalName.GENERATE_IF_NEEDED,
});
const local = new lambda.Function(a, 'LocalFn', {
  runtime: lambda.Runtime.NODEJS_24_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => {};'),
  functionName: cdk.PhysicalName.GENERATE_IF_NEEDED,
});
const b = new cdk.Stack(app, 'CallerStack', { env: { account: '222222222222', region: 'us-east-1' } });
const role = new iam.Role(b, 'Caller', {
  assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
  roleName: cdk.PhysicalName.GENERATE_IF_NEEDED,
  path: '/service/',
});
fn.grantInvoke(role);
const bucket = new s3.Bucket(a, 'Bucket', { bucketName: cdk.PhysicalName.GENERATE_IF_NEEDED });
bucket.grantRead(role);
local.grantInvoke(fn);
new cdk.CfnOutput(b, 'FnName', { value: fn.functionName });
new cdk.CfnOutput(b, 'FnArn', { value: fn.functionArn });
new cdk.CfnOutput(b, 'BucketName', { value: bucket.bucketName });
new cdk.CfnOutput(a, 'RoleName', { value: role.roleName });
new cdk.CfnOutput(a, 'RoleArn', { value: role.roleArn });
new cdk.CfnOutput(a, 'LocalName', { value: local.functionName });
app.synth();
