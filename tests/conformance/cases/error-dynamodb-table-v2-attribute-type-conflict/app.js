// error: a TableV2's local secondary index redefining the global one's key with another type
// (aws-dynamodb/test/table-v2.test.ts, 'throws if attribute definition is re-defined across global
// secondary index and local secondary index')
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new dynamodb.TableV2(stack, 'Table', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  sortKey: { name: 'sk', type: dynamodb.AttributeType.STRING },
  globalSecondaryIndexes: [{ indexName: 'gsi', partitionKey: { name: 'key', type: dynamodb.AttributeType.STRING } }],
  localSecondaryIndexes: [{ indexName: 'lsi', sortKey: { name: 'key', type: dynamodb.AttributeType.NUMBER } }],
});
app.synth();
