// Conformance case 'unit-dynamodb-table-v2-replicas'
// Upstream: aws-dynamodb/test/table-v2.test.ts, replicas: props.replicas and addReplica (the
// added ones before the stack region's, NEW_AND_OLD_IMAGES streams), with a global secondary
// index, a resource policy (copied to the replicas unless resourcePolicyPerReplica) and
// customer-managed keys per region; a dynamoStream kept.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');
const kms = require('aws-cdk-lib/aws-kms');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack', { env: { account: '123456789012', region: 'us-west-2' } });
const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };
const table = new dynamodb.TableV2(stack, 'Table', {
  partitionKey, replicas: [{ region: 'us-east-1' }, { region: 'us-east-2' }],
  globalSecondaryIndexes: [{ indexName: 'gsi', partitionKey: { name: 'gsi-pk', type: dynamodb.AttributeType.STRING } }],
});
table.addReplica({ region: 'eu-west-1' });
table.addToResourcePolicy(new iam.PolicyStatement({ actions: ['dynamodb:GetItem'], principals: [new iam.AccountRootPrincipal()], resources: ['*'] }));
const keyed = new dynamodb.TableV2(stack, 'Keyed', {
  partitionKey, dynamoStream: dynamodb.StreamViewType.KEYS_ONLY,
  encryption: dynamodb.TableEncryptionV2.customerManagedKey(new kms.Key(stack, 'Key'), {
    'us-east-1': 'arn:aws:kms:us-east-1:123456789012:key/east',
    'eu-west-1': 'arn:aws:kms:eu-west-1:123456789012:key/eu',
  }),
});
keyed.addReplica({ region: 'eu-west-1' });
keyed.addReplica({ region: 'us-east-1' });
keyed.grantReadData(new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
app.synth();
