// Conformance case 'unit-dynamodb-table-v2-throughput'
// Upstream: aws-dynamodb/test/table-v2.test.ts, 'with on-demand maximum throughput', '... - read
// only', '... - index' (a stack per test); then with replicas and contributor insights, an
// index's and the table's warm throughput ('Warm Throughput test on-demand'), and a provisioned
// table's index with on-demand throughput given.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const partitionKey = { name: 'pk', type: dynamodb.AttributeType.STRING };

new dynamodb.TableV2(new cdk.Stack(app, 'OnDemandMax'), 'Table', {
  partitionKey, billing: dynamodb.Billing.onDemand({ maxReadRequestUnits: 10, maxWriteRequestUnits: 10 }),
});
new dynamodb.TableV2(new cdk.Stack(app, 'OnDemandReadOnly'), 'Table', {
  partitionKey, billing: dynamodb.Billing.onDemand({ maxReadRequestUnits: 10 }),
});
new dynamodb.TableV2(new cdk.Stack(app, 'OnDemandIndex'), 'Table', {
  partitionKey,
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey, maxReadRequestUnits: 100 },
    { indexName: 'gsi2', partitionKey, maxReadRequestUnits: 1, maxWriteRequestUnits: 1 },
  ],
});
{
  const stack = new cdk.Stack(app, 'WithReplicas', { env: { region: 'us-west-2' } });
  const table = new dynamodb.TableV2(stack, 'Table', {
    partitionKey, contributorInsights: true, warmThroughput: { readUnitsPerSecond: 13000, writeUnitsPerSecond: 5000 },
    billing: dynamodb.Billing.onDemand({ maxWriteRequestUnits: 50, maxReadRequestUnits: 0 }),
    replicas: [{ region: 'us-east-1' }],
    globalSecondaryIndexes: [
      { indexName: 'a', partitionKey: { name: 'a', type: dynamodb.AttributeType.NUMBER }, maxReadRequestUnits: 5,
        warmThroughput: { readUnitsPerSecond: 12000, writeUnitsPerSecond: 4000 } },
      { indexName: 'b', partitionKey: { name: 'b', type: dynamodb.AttributeType.NUMBER }, maxWriteRequestUnits: 6 },
    ],
  });
  table.addGlobalSecondaryIndex({ indexName: 'c', partitionKey: { name: 'c', type: dynamodb.AttributeType.NUMBER }, maxReadRequestUnits: 7 });
}
new dynamodb.TableV2(new cdk.Stack(app, 'Provisioned'), 'Table', {
  partitionKey,
  billing: dynamodb.Billing.provisioned({
    readCapacity: dynamodb.Capacity.fixed(5), writeCapacity: dynamodb.Capacity.autoscaled({ maxCapacity: 10 }),
  }),
  globalSecondaryIndexes: [{ indexName: 'g', partitionKey, maxReadRequestUnits: 3, maxWriteRequestUnits: 4 }],
});
app.synth();
