// Conformance case 'unit-iam-managed-policy-grants': aws-iam managed-policy.test.ts, a ManagedPolicy
// as a grantee (one stack per test, env 1234/us-east-1 as the test's): Grant.addToPrincipal, an
// imported bucket's grantRead, an imported function's grantInvoke; and a grant on a table made in
// the same stack, whose statement joins the policy's own.
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const env = { account: '1234', region: 'us-east-1' };
const mk = (name) => new cdk.Stack(app, name, { env });
const policy = (stack) => new iam.ManagedPolicy(stack, 'Policy', { managedPolicyName: 'MyManagedPolicyName' });
{ // 'Policies can be granted principal permissions'
  const stack = mk('PrincipalPermissions');
  iam.Grant.addToPrincipal({ actions: ['dummy:Action'], grantee: policy(stack), resourceArns: ['*'] });
}
{ // 'Policies can be granted on s3.Bucket'
  const stack = mk('OnBucket');
  s3.Bucket.fromBucketName(stack, 'Bucket', 'mybucketname').grantRead(policy(stack));
}
{ // 'Policies can be granted on lambda.Function'
  const stack = mk('OnFunction');
  lambda.Function.fromFunctionName(stack, 'Function', 'myfunctionname').grantInvoke(policy(stack));
}
{ // a queue of the same stack, with statements of the policy's own
  const stack = mk('OnQueue');
  const mp = policy(stack);
  mp.addStatements(new iam.PolicyStatement({ actions: ['sqs:ListQueues'], resources: ['*'] }));
  new sqs.Queue(stack, 'Queue').grantSendMessages(mp);
}
app.synth();
