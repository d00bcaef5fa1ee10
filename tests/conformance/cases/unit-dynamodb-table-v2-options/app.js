// Conformance case 'unit-dynamodb-table-v2-options'
// Upstream: aws-dynamodb/test/table-v2.test.ts, 'table': 'with default properties', 'with dynamo
// stream', 'with sort key', 'with contributor insights', 'with deletion protection', 'with
// point-in-time recovery', 'with STANDARD table class', 'with STANDARD_INFREQUENT_ACCESS table
// class', 'with kinesis stream', 'with table name', 'with TTL attribute', 'with removal policy as
// DESTROY' (a stack per test); then every option at once with replicas (which take the table's
// options but its Kinesis stream) and a point-in-time recovery specification.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const S = (id, env) => new cdk.Stack(app, id, env ? { env } : undefined);
const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };

new dynamodb.TableV2(S('Default'), 'Table', { partitionKey });
new dynamodb.TableV2(S('DynamoStream'), 'Table', { partitionKey, dynamoStream: dynamodb.StreamViewType.NEW_IMAGE });
new dynamodb.TableV2(S('SortKey'), 'Table', { partitionKey, sortKey: { name: 'sk', type: dynamodb.AttributeType.NUMBER } });
new dynamodb.TableV2(S('ContributorInsights'), 'Table', { partitionKey, contributorInsights: true });
new dynamodb.TableV2(S('DeletionProtection'), 'Table', { partitionKey, deletionProtection: true });
new dynamodb.TableV2(S('Pitr'), 'Table', { partitionKey, pointInTimeRecovery: true });
new dynamodb.TableV2(S('Standard'), 'Table', { partitionKey, tableClass: dynamodb.TableClass.STANDARD });
new dynamodb.TableV2(S('InfrequentAccess'), 'Table', { partitionKey, tableClass: dynamodb.TableClass.STANDARD_INFREQUENT_ACCESS });
{
  const stack = S('Kinesis');
  new dynamodb.TableV2(stack, 'Table', { partitionKey, kinesisStream: new kinesis.Stream(stack, 'Stream') });
}
new dynamodb.TableV2(S('TableName'), 'Table', { partitionKey, tableName: 'my-table' });
new dynamodb.TableV2(S('Ttl'), 'Table', { partitionKey, timeToLiveAttribute: 'attribute' });
new dynamodb.TableV2(S('Destroy'), 'Table', { partitionKey, removalPolicy: cdk.RemovalPolicy.DESTROY });
{
  const stack = S('Everything', { region: 'us-west-2' });
  const table = new dynamodb.TableV2(stack, 'Table', {
    partitionKey, sortKey: { name: 'sk', type: dynamodb.AttributeType.BINARY },
    contributorInsights: false, deletionProtection: false, tableClass: dynamodb.TableClass.STANDARD_INFREQUENT_ACCESS,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 7 },
    kinesisStream: new kinesis.Stream(stack, 'Stream'), timeToLiveAttribute: 'expires',
    encryption: dynamodb.TableEncryptionV2.awsManagedKey(),
    billing: dynamodb.Billing.provisioned({
      readCapacity: dynamodb.Capacity.fixed(10), writeCapacity: dynamodb.Capacity.autoscaled({ maxCapacity: 20 }),
    }),
    replicas: [{ region: 'us-east-1' }],
    globalSecondaryIndexes: [{ indexName: 'gsi', partitionKey: { name: 'g', type: dynamodb.AttributeType.NUMBER } }],
  });
  table.addReplica({ region: 'us-east-2' });
}
{
  const stack = S('PitrOff', { region: 'eu-west-1' });
  new dynamodb.TableV2(stack, 'Table', { partitionKey, pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: false }, replicas: [{ region: 'eu-west-2' }] });
}
app.synth();
