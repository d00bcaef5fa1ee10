// error: more than 100 non-key attributes across a table's secondary indexes (a RangeError)
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
  const attrs = []; for (let i = 0; i < 60; i++) attrs.push(`gsiNonKey${i}`);
  t.addGlobalSecondaryIndex({ indexName: 'MyGSI', partitionKey: GSI_PK, projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: attrs });
  t.addLocalSecondaryIndex({ indexName: 'MyLSI', sortKey: GSI_SK, projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: attrs.map((a) => `l${a}`) });
}
app.synth();
