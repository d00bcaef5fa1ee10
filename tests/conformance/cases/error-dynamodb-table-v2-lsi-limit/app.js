// error: a sixth local secondary index on a TableV2
// (aws-dynamodb/test/table-v2.test.ts, secondary indexes)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const GSI_PK = { name: 'gsi-pk', type: dynamodb.AttributeType.STRING };
const t = new dynamodb.TableV2(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING }, sortKey: { name: 'sk', type: dynamodb.AttributeType.NUMBER } });
{
  for (let i = 0; i < 6; i++) t.addLocalSecondaryIndex({ indexName: `lsi${i}`, sortKey: GSI_PK });
}
app.synth();
