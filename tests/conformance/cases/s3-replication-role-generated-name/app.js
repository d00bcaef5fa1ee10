// Conformance case 's3-replication-role-generated-name': under @aws-cdk/aws-s3:setUniqueReplicationRoleName
// the generated ReplicationRole's roleName is PhysicalName.GENERATE_IF_NEEDED. A source bucket
// replicating to a named bucket of another account's stack, whose addReplicationPolicy is given
// the source's replicationRoleArn: the role's name is generated (RoleName, and the literal ARN in
// the destination's bucket policy). A second source whose role is read only in its own stack
// keeps an unnamed role.
'use strict';
const cdk = require('aws-cdk-lib');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App({ context: { '@aws-cdk/aws-s3:setUniqueReplicationRoleName': true } });
const dst = new cdk.Stack(app, 'DestinationStack', { env: { account: '222222222222', region: 'us-east-1' } });
const destination = new s3.Bucket(dst, 'Destination', { versioned: true, bucketName: 'replica-destination-bucket' });
const src = new cdk.Stack(app, 'SourceStack', { env: { account: '111111111111', region: 'us-east-1' } });
const source = new s3.Bucket(src, 'Source', {
  versioned: true,
  replicationRules: [{ destination, priority: 1, accessControlTransition: true }],
});
const local = new s3.Bucket(src, 'LocalSource', {
  versioned: true,
  replicationRules: [{ destination: new s3.Bucket(src, 'LocalDestination', { versioned: true }), priority: 1 }],
});
destination.addReplicationPolicy(source.replicationRoleArn, true, '111111111111');
new cdk.CfnOutput(src, 'LocalRole', { value: local.replicationRoleArn });
app.synth();
