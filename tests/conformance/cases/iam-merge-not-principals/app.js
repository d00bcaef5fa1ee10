// Conformance case 'iam-merge-not-principals': statement merging under @aws-cdk/aws-iam:minimizePolicies
// (set on the stack) compares notPrincipals as aws-cdk-lib's mergeStatements does (partitionPrincipals:
// dedupe strings, not the resolved JSON): two AccountRootPrincipal objects stay apart though they
// render alike; two imports of one role ARN, or two ServicePrincipals of one service, merge.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
stack.node.setContext('@aws-cdk/aws-iam:minimizePolicies', true);
const bucket = new s3.Bucket(stack, 'Bucket');
const r1 = iam.Role.fromRoleArn(stack, 'R1', 'arn:aws:iam::123456789012:role/x');
const r2 = iam.Role.fromRoleArn(stack, 'R2', 'arn:aws:iam::123456789012:role/x');
const cases = [
  ['s3:GetObject', new iam.AccountRootPrincipal()],
  ['s3:PutObject', new iam.AccountRootPrincipal()],
  ['s3:DeleteObject', r1],
  ['s3:ListBucket', r2],
  ['s3:GetBucketAcl', new iam.ServicePrincipal('a.amazonaws.com')],
  ['s3:PutBucketAcl', new iam.ServicePrincipal('a.amazonaws.com')],
];
for (const [action, principal] of cases) {
  bucket.addToResourcePolicy(new iam.PolicyStatement({
    effect: iam.Effect.DENY,
    actions: [action],
    resources: [bucket.bucketArn],
    notPrincipals: [principal],
  }));
}
app.synth();
