// Conformance case 'unit-dynamodb-table-v2-indexes'
// Upstream: aws-dynamodb/test/table-v2.test.ts, the global and local secondary index tests of an
// on-demand TableV2 (props and addGlobalSecondaryIndex / addLocalSecondaryIndex), a stack per
// test, and the grants of a TableV2 with indexes.
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const iam = require('aws-cdk-lib/aws-iam');

const app = new cdk.App();
const S = (id) => new cdk.Stack(app, id, { env: { region: 'us-west-2' } });
const pk = { name: 'pk', type: dynamodb.AttributeType.STRING };
const sk = { name: 'sk', type: dynamodb.AttributeType.NUMBER };

// 'with global secondary indexes' and 'with local secondary indexes' (props)
new dynamodb.TableV2(S('PropsIndexes'), 'Table', {
  partitionKey: pk, sortKey: sk,
  globalSecondaryIndexes: [
    { indexName: 'gsi1', partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } },
    { indexName: 'gsi2', partitionKey: { name: 'gsi2-pk', type: dynamodb.AttributeType.NUMBER }, sortKey: sk,
      projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: ['a', 'b'] },
  ],
  localSecondaryIndexes: [
    { indexName: 'lsi', sortKey: { name: 'lsi-sk', type: dynamodb.AttributeType.BINARY }, projectionType: dynamodb.ProjectionType.KEYS_ONLY },
  ],
});
// 'can add global secondary index' / 'can add local secondary index'
{
  const table = new dynamodb.TableV2(S('AddIndexes'), 'Table', { partitionKey: pk, sortKey: sk, tableName: 'my-table' });
  table.addGlobalSecondaryIndex({ indexName: 'gsi', partitionKey: { name: 'gsi-pk', type: dynamodb.AttributeType.STRING } });
  table.addLocalSecondaryIndex({ indexName: 'lsi', sortKey: { name: 'lsi-sk', type: dynamodb.AttributeType.NUMBER },
    projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: ['b', 'c'] });
}
// grants: before and after the first index (a TableV2 names the indexes when it has them)
{
  const stack = S('Grants');
  const table = new dynamodb.TableV2(stack, 'Table', { partitionKey: pk, dynamoStream: dynamodb.StreamViewType.NEW_IMAGE });
  const before = new iam.Role(stack, 'Before', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  table.grantReadData(before);
  table.addGlobalSecondaryIndex({ indexName: 'gsi', partitionKey: { name: 'gsi-pk', type: dynamodb.AttributeType.STRING } });
  const after = new iam.Role(stack, 'After', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  table.grantReadWriteData(after);
  table.grant(after, 'dynamodb:Query');
  table.grantFullAccess(new iam.User(stack, 'User'));
}
app.synth();
