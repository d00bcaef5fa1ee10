// Conformance case 's3-replication-cross-stack': replicationRules to a destination bucket of another
// stack: the rule's Bucket and the generated role's grant on the destination's objects are
// cross-stack references (exports); a destination in a stack of another account (given
// bucketName, so that its ARN is known there) makes the rule cross-account: its Account and the
// info annotation; the destination's addReplicationPolicy for the source's role (named
// CDKReplicationRole: its ARN crosses the environments as the name's ARN).
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const env = { account: '111111111111', region: 'us-east-1' };
const destinations = new cdk.Stack(app, 'Destinations', { env });
const sameAccount = new s3.Bucket(destinations, 'SameAccount', { versioned: true });
const other = new cdk.Stack(app, 'Other', { env: { account: '222222222222', region: 'us-east-1' } });
const otherAccount = new s3.Bucket(other, 'OtherAccount', { versioned: true, bucketName: 'other-account-replica' });
const source = new cdk.Stack(app, 'Source', { env });
new s3.Bucket(source, 'Bucket', {
  versioned: true,
  replicationRules: [
    { destination: sameAccount, priority: 1 },
    { destination: otherAccount, priority: 2, accessControlTransition: true },
  ],
});
otherAccount.addReplicationPolicy('arn:aws:iam::111111111111:role/CDKReplicationRole', true, '111111111111');
app.synth();
