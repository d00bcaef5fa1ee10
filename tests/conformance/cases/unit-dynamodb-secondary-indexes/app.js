// Conformance case 'unit-dynamodb-secondary-indexes'
// Upstream: aws-dynamodb/test/dynamodb.test.ts, the 'when adding a global/local secondary index ...'
// tests (a stack per test), and the data grants of a table with indexes.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const S = (id) => new cdk.Stack(app, id);
const TABLE_PARTITION_KEY = { name: 'hashKey', type: dynamodb.AttributeType.STRING };
const TABLE_SORT_KEY = { name: 'sortKey', type: dynamodb.AttributeType.NUMBER };
const GSI_NAME = 'MyGSI';
const GSI_PARTITION_KEY = { name: 'gsiHashKey', type: dynamodb.AttributeType.STRING };
const GSI_SORT_KEY = { name: 'gsiSortKey', type: dynamodb.AttributeType.BINARY };
const LSI_NAME = 'MyLSI';
const LSI_SORT_KEY = { name: 'lsiSortKey', type: dynamodb.AttributeType.NUMBER };
const table = (stack, props) => new dynamodb.Table(stack, 'MyTable', { partitionKey: TABLE_PARTITION_KEY, sortKey: TABLE_SORT_KEY, ...props });

// 'when adding a global secondary index with hash key only'
table(S('GsiHashOnly')).addGlobalSecondaryIndex({ indexName: GSI_NAME, partitionKey: GSI_PARTITION_KEY, readCapacity: 42, writeCapacity: 1337 });
// 'when adding a global secondary index with hash + range key'
table(S('GsiHashRange')).addGlobalSecondaryIndex({
  indexName: GSI_NAME, partitionKey: GSI_PARTITION_KEY, sortKey: GSI_SORT_KEY,
  projectionType: dynamodb.ProjectionType.ALL, readCapacity: 42, writeCapacity: 1337,
});
// 'when adding a global secondary index with projection type KEYS_ONLY'
table(S('GsiKeysOnly')).addGlobalSecondaryIndex({
  indexName: GSI_NAME, partitionKey: GSI_PARTITION_KEY, sortKey: GSI_SORT_KEY, projectionType: dynamodb.ProjectionType.KEYS_ONLY,
});
// 'when adding a global secondary index with projection type INCLUDE'
table(S('GsiInclude')).addGlobalSecondaryIndex({
  indexName: GSI_NAME, partitionKey: GSI_PARTITION_KEY, sortKey: GSI_SORT_KEY, projectionType: dynamodb.ProjectionType.INCLUDE,
  nonKeyAttributes: ['gsiNonKey0', 'gsiNonKey1'], readCapacity: 42, writeCapacity: 1337,
});
// 'when adding a global secondary index on a table with PAY_PER_REQUEST billing mode'
table(S('GsiPayPerRequest'), { billingMode: dynamodb.BillingMode.PAY_PER_REQUEST })
  .addGlobalSecondaryIndex({ indexName: GSI_NAME, partitionKey: GSI_PARTITION_KEY });
// 'when adding multiple global secondary indexes'
{
  const t = table(S('GsiMultiple'));
  for (let n = 0; n < 5; n++) {
    t.addGlobalSecondaryIndex({ indexName: `${GSI_NAME}${n}`, partitionKey: { name: `${GSI_PARTITION_KEY.name}${n}`, type: GSI_PARTITION_KEY.type } });
  }
}
// 'when adding a global secondary index with contributoreIngishtsEnabled %s'
for (const enabled of [true, false]) {
  table(S(`GsiContributorInsights${enabled}`)).addGlobalSecondaryIndex({ contributorInsightsEnabled: enabled, indexName: GSI_NAME, partitionKey: GSI_PARTITION_KEY });
}
// 'when adding a local secondary index with hash + range key'
table(S('LsiHashRange')).addLocalSecondaryIndex({ indexName: LSI_NAME, sortKey: LSI_SORT_KEY });
// 'when adding a local secondary index with projection type KEYS_ONLY'
table(S('LsiKeysOnly')).addLocalSecondaryIndex({ indexName: LSI_NAME, sortKey: LSI_SORT_KEY, projectionType: dynamodb.ProjectionType.KEYS_ONLY });
// 'when adding a local secondary index with projection type INCLUDE'
table(S('LsiInclude')).addLocalSecondaryIndex({
  indexName: LSI_NAME, sortKey: LSI_SORT_KEY, projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: ['lsiNonKey0', 'lsiNonKey1'],
});
// five local indexes (the most allowed), an index keyed on the table's sort key (defined once),
// shared non-key attributes, and an INCLUDE index with an empty list (given: no error)
{
  const t = table(S('LsiFive'));
  for (let n = 0; n < 5; n++) {
    t.addLocalSecondaryIndex({ indexName: `${LSI_NAME}${n}`, sortKey: { name: `${LSI_SORT_KEY.name}${n}`, type: LSI_SORT_KEY.type } });
  }
  t.addGlobalSecondaryIndex({ indexName: 'BySort', partitionKey: TABLE_SORT_KEY, projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: ['a', 'b'] });
  t.addGlobalSecondaryIndex({ indexName: 'BySort2', partitionKey: TABLE_SORT_KEY, sortKey: TABLE_PARTITION_KEY, projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: ['b', 'c'] });
  t.addGlobalSecondaryIndex({ indexName: 'Empty', partitionKey: GSI_PARTITION_KEY, projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: [] });
}
// the data grants name the indexes, including those added after the grant ('grants' with indexes)
{
  const stack = S('GrantsWithIndex');
  const t = table(stack);
  const user = new iam.User(stack, 'User');
  t.grantReadData(user);
  t.addGlobalSecondaryIndex({ indexName: GSI_NAME, partitionKey: GSI_PARTITION_KEY });
  t.grantWriteData(new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
}
{
  const stack = S('GrantsWithLocalIndex');
  const t = table(stack);
  t.addLocalSecondaryIndex({ indexName: LSI_NAME, sortKey: LSI_SORT_KEY });
  t.grantFullAccess(new iam.User(stack, 'User'));
}
// 'attribute can be used as key attribute in one index, and non-key in another'
{
  const t = new dynamodb.Table(S('KeyAndNonKey'), 'Table', { partitionKey: { name: 'pkey', type: dynamodb.AttributeType.NUMBER } });
  t.addGlobalSecondaryIndex({
    indexName: 'IndexA', partitionKey: { name: 'foo', type: dynamodb.AttributeType.STRING },
    projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: ['bar'],
  });
  t.addGlobalSecondaryIndex({
    indexName: 'IndexB', partitionKey: { name: 'baz', type: dynamodb.AttributeType.STRING },
    sortKey: { name: 'bar', type: dynamodb.AttributeType.STRING }, projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: ['blah'],
  });
}
app.synth();
