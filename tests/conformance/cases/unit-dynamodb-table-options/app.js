// Conformance case 'unit-dynamodb-table-options'
// Upstream: aws-dynamodb/test/dynamodb.test.ts 'when specifying every property' (without the
// deprecated serverSideEncryption), 'when specifying STANDARD_INFREQUENT_ACCESS table class',
// 'when specifying STANDARD table class', 'when specifying no table class', and
// contributorInsightsEnabled false, a stack per test.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const kinesis = require('aws-cdk-lib/aws-kinesis');

const app = new cdk.App();
const S = (id) => new cdk.Stack(app, id);
const TABLE_PARTITION_KEY = { name: 'hashKey', type: dynamodb.AttributeType.STRING };
const TABLE_SORT_KEY = { name: 'sortKey', type: dynamodb.AttributeType.NUMBER };

{
  const stack = S('EveryProperty');
  const stream = new kinesis.Stream(stack, 'MyStream');
  const table = new dynamodb.Table(stack, 'MyTable', {
    tableName: 'MyTable',
    readCapacity: 42,
    writeCapacity: 1337,
    pointInTimeRecovery: true,
    billingMode: dynamodb.BillingMode.PROVISIONED,
    stream: dynamodb.StreamViewType.KEYS_ONLY,
    timeToLiveAttribute: 'timeToLive',
    partitionKey: TABLE_PARTITION_KEY,
    sortKey: TABLE_SORT_KEY,
    contributorInsightsEnabled: true,
    kinesisStream: stream,
    tableClass: dynamodb.TableClass.STANDARD,
  });
  cdk.Tags.of(table).add('Environment', 'Production');
}
new dynamodb.Table(S('InfrequentAccess'), 'MyTable', {
  partitionKey: TABLE_PARTITION_KEY, tableClass: dynamodb.TableClass.STANDARD_INFREQUENT_ACCESS,
});
new dynamodb.Table(S('Standard'), 'MyTable', { partitionKey: TABLE_PARTITION_KEY, tableClass: dynamodb.TableClass.STANDARD });
new dynamodb.Table(S('NoClass'), 'MyTable', { partitionKey: TABLE_PARTITION_KEY, contributorInsightsEnabled: false });
app.synth();
