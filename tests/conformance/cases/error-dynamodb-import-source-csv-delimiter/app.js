// error: InputFormat.csv with a delimiter DynamoDB does not take
// (aws-dynamodb/test/dynamodb.test.ts, 'import source': 'throw error when invalid delimiter is specified')
'use strict';
const cdk = require('aws-cdk-lib');
const dynamodb = require('aws-cdk-lib/aws-dynamodb');
const s3 = require('aws-cdk-lib/aws-s3');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const bucket = new s3.Bucket(stack, 'Bucket');
new dynamodb.Table(stack, 'Table', {
  partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
  importSource: {
    compressionType: dynamodb.InputCompressionType.NONE,
    inputFormat: dynamodb.InputFormat.csv({ delimiter: ',,', headerList: ['id', 'name'] }),
    bucket, bucketOwner: '111111111111', keyPrefix: 'prefix',
  },
});
app.synth();
