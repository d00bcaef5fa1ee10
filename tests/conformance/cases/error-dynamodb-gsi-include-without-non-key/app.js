// error: a global secondary index with projection type INCLUDE but no non-key attributes
// (aws-dynamodb/test/dynamodb.test.ts, secondary indexes)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const GSI_PK = { name: 'gsiHashKey', type: dynamodb.AttributeType.STRING };
const GSI_SK = { name: 'gsiSortKey', type: dynamodb.AttributeType.BINARY };
const t = new dynamodb.Table(stack, 'MyTable', { partitionKey: { name: 'hashKey', type: dynamodb.AttributeType.STRING }, sortKey: { name: 'sortKey', type: dynamodb.AttributeType.NUMBER } });
{
  t.addGlobalSecondaryIndex({ indexName: 'MyGSI', partitionKey: GSI_PK, sortKey: GSI_SK, projectionType: dynamodb.ProjectionType.INCLUDE });
}
app.synth();
