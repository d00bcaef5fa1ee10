// error: a TableV2's global secondary index with INCLUDE projection and no non-key attributes
// (aws-dynamodb/test/table-v2.test.ts, 'throws if global secondary index has INCLUDE projection type and no non-key attributes')
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');
new dynamodb.TableV2(stack, 'Table', {
  partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
  globalSecondaryIndexes: [{
    indexName: 'gsi', partitionKey: { name: 'gsi-pk', type: dynamodb.AttributeType.STRING }, projectionType: dynamodb.ProjectionType.INCLUDE,
  }],
});
app.synth();
