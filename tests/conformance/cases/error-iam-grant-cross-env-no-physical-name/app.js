// Conformance case 'error-iam-grant-cross-env-no-physical-name': queue.grantSendMessages(role) where
// the queue, without a name, is in a stack of another account than the role: the role's
// DefaultPolicy names the queue's ARN, which cannot be made across environments. aws-cdk-lib throws
// it when it renders the policy, inside four tokens ("Resolution error: " four times), not when
// the role's aspect merges its statements (which compares them unresolved).
'use strict';
const cdk = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const owner = new cdk.Stack(app, 'Owner', { env: { account: '111111111111', region: 'us-east-1' } });
const user = new cdk.Stack(app, 'User', { env: { account: '222222222222', region: 'us-east-1' } });
const role = new iam.Role(user, 'Role', {
  assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  roleName: 'user-role',
});
new sqs.Queue(owner, 'Queue').grantSendMessages(role);
app.synth();
