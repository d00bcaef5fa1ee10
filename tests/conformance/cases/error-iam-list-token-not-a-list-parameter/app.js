// Conformance case 'error-iam-list-token-not-a-list-parameter': valueAsList of a CfnParameter whose
// type is not a list type (here the default, String), as a statement's resources: cfn-parameter.ts
// throws "Parameter type (String) is not a string list type" with the parameter's path.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const fn = new lambda.Function(stack, 'MyFunction', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => 1;'),
});
const buckets = new cdk.CfnParameter(stack, 'BucketList', { default: 'a,b' });
fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: buckets.valueAsList }));
app.synth();
