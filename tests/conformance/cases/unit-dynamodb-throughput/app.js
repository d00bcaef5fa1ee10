// Conformance case 'unit-dynamodb-throughput'
// Upstream: aws-dynamodb/test/dynamodb.test.ts, 'when specifying maximum throughput for on-demand',
// '... for on-demand-indexes', 'Warm Throughput test on-demand', 'Warm Throughput test provisioned'
// (a stack per test); then the edges of table.ts: a PROVISIONED table ignores maxRead/WriteRequestUnits,
// one of the two alone, a 0 as not given, a warm throughput with one of its values.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const S = (id) => new cdk.Stack(app, id);
const TABLE_PARTITION_KEY = { name: 'hashKey', type: dynamodb.AttributeType.STRING };
const ID = { name: 'id', type: dynamodb.AttributeType.STRING };

// 'when specifying maximum throughput for on-demand'
new dynamodb.Table(S('OnDemandMax'), 'MyTable', {
  tableName: 'MyTable', billingMode: dynamodb.BillingMode.PAY_PER_REQUEST, partitionKey: TABLE_PARTITION_KEY,
  maxReadRequestUnits: 10, maxWriteRequestUnits: 5,
});
// 'when specifying maximum throughput for on-demand-indexes'
{
  const table = new dynamodb.Table(S('OnDemandMaxIndexes'), 'MyTable', {
    tableName: 'MyTable', billingMode: dynamodb.BillingMode.PAY_PER_REQUEST, partitionKey: TABLE_PARTITION_KEY,
    maxReadRequestUnits: 10, maxWriteRequestUnits: 5,
  });
  table.addGlobalSecondaryIndex({ maxReadRequestUnits: 10, maxWriteRequestUnits: 20, indexName: 'gsi1', partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
  table.addGlobalSecondaryIndex({ maxReadRequestUnits: 0, maxWriteRequestUnits: 7, indexName: 'gsi2', partitionKey: { name: 'pk2', type: dynamodb.AttributeType.STRING } });
  table.addGlobalSecondaryIndex({ maxReadRequestUnits: 0, indexName: 'gsi3', partitionKey: { name: 'pk3', type: dynamodb.AttributeType.STRING } });
}
// one of the two; a PROVISIONED table (the default) ignores them, its indexes too
new dynamodb.Table(S('OnDemandReadOnly'), 'MyTable', {
  billingMode: dynamodb.BillingMode.PAY_PER_REQUEST, partitionKey: TABLE_PARTITION_KEY, maxReadRequestUnits: 3,
});
new dynamodb.Table(S('ProvisionedIgnoresMax'), 'MyTable', {
  partitionKey: TABLE_PARTITION_KEY, maxReadRequestUnits: 3, maxWriteRequestUnits: 4,
}).addGlobalSecondaryIndex({ indexName: 'gsi', partitionKey: ID, maxWriteRequestUnits: 9 });
// 'Warm Throughput test on-demand' (the test's table is PROVISIONED, the default)
{
  const table = new dynamodb.Table(S('WarmOnDemand'), 'Table', {
    partitionKey: ID, warmThroughput: { readUnitsPerSecond: 13000, writeUnitsPerSecond: 5000 },
  });
  table.addGlobalSecondaryIndex({
    indexName: 'my-index-1', partitionKey: { name: 'gsi1pk', type: dynamodb.AttributeType.STRING },
    warmThroughput: { readUnitsPerSecond: 15000, writeUnitsPerSecond: 6000 },
  });
  table.addGlobalSecondaryIndex({ indexName: 'my-index-2', partitionKey: { name: 'gsi2pk', type: dynamodb.AttributeType.STRING } });
}
// 'Warm Throughput test provisioned'
{
  const table = new dynamodb.Table(S('WarmProvisioned'), 'Table', {
    partitionKey: ID, readCapacity: 5, writeCapacity: 6, warmThroughput: { readUnitsPerSecond: 2000, writeUnitsPerSecond: 1000 },
  });
  table.addGlobalSecondaryIndex({
    indexName: 'my-index-1', partitionKey: { name: 'gsi1pk', type: dynamodb.AttributeType.STRING }, readCapacity: 7, writeCapacity: 8,
    warmThroughput: { readUnitsPerSecond: 3000, writeUnitsPerSecond: 4000 },
  });
  table.addGlobalSecondaryIndex({ indexName: 'my-index-2', partitionKey: { name: 'gsi2pk', type: dynamodb.AttributeType.STRING }, readCapacity: 9, writeCapacity: 10 });
}
// on demand with both, and a warm throughput of one value
{
  const table = new dynamodb.Table(S('WarmAndMax'), 'Table', {
    partitionKey: ID, billingMode: dynamodb.BillingMode.PAY_PER_REQUEST, maxWriteRequestUnits: 100,
    warmThroughput: { writeUnitsPerSecond: 4000 },
  });
  table.addGlobalSecondaryIndex({
    indexName: 'idx', partitionKey: { name: 'g', type: dynamodb.AttributeType.NUMBER },
    maxReadRequestUnits: 50, warmThroughput: { readUnitsPerSecond: 12000 },
  });
}
app.synth();
