// error: more than 100 non-key attributes across a TableV2's indexes (duplicates counted once)
// (aws-dynamodb/test/table-v2.test.ts, secondary indexes)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const GSI_PK = { name: 'gsi-pk', type: dynamodb.AttributeType.STRING };
const t = new dynamodb.TableV2(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, sortKey: { name: 'sk', type: dynamodb.AttributeType.NUMBER } });
{
  const attrs = []; for (let i = 0; i < 60; i++) attrs.push(`a${i}`);
  t.addGlobalSecondaryIndex({ indexName: 'gsi1', partitionKey: GSI_PK, projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: attrs });
  t.addGlobalSecondaryIndex({ indexName: 'gsi2', partitionKey: GSI_PK, projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: attrs });
  t.addGlobalSecondaryIndex({ indexName: 'gsi3', partitionKey: GSI_PK, projectionType: dynamodb.ProjectionType.INCLUDE, nonKeyAttributes: attrs.map((a) => `b${a}`) });
}
app.synth();
