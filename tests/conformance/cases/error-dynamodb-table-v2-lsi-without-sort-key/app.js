// error: a local secondary index on a TableV2 without a sort key
// (aws-dynamodb/test/table-v2.test.ts, secondary indexes)
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const GSI_PK = { name: 'gsi-pk', type: dynamodb.AttributeType.STRING };
const t = new dynamodb.TableV2(stack, 'Table', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
{
  t.addLocalSecondaryIndex({ indexName: 'lsi', sortKey: GSI_PK });
}
app.synth();
