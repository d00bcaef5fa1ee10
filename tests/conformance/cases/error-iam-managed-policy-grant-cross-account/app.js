// Conformance case 'error-iam-managed-policy-grant-cross-account': managed-policy.test.ts 'Policies
// cannot be granted principal permissions across accounts': a bucket of another account (no physical
// name) granting to a ManagedPolicy. aws-cdk-lib 2.276 fails on the bucket's name, not on the
// principal as the test (of an older version) expects.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MyStack', { env: { account: '1234', region: 'us-east-1' } });
const mp = new iam.ManagedPolicy(stack, 'Policy', { managedPolicyName: 'MyManagedPolicyName' });
const stack2 = new cdk.Stack(stack, 'CrossAccountStack', { env: { account: '5678' } });
const bucket = new s3.Bucket(stack2, 'Bucket');
bucket.grantRead(mp);
app.synth();
